package nl.ivbplanner.evaluation;

import java.time.OffsetDateTime;
import nl.ivbplanner.common.DutchTime;

/** An activity and its stored verdict (status null when none was given yet). */
record VerdictRow(
        long activityId,
        String title,
        String goal,
        String intendedResult,
        long mainThemeId,
        String mainTheme,
        String subTheme,
        String partners,
        String status,
        String resultText,
        Long version,
        String evaluatedBy,
        OffsetDateTime evaluatedAt) {

    public VerdictRow {
        evaluatedAt = DutchTime.of(evaluatedAt);
    }

    public boolean judged() {
        return status != null && !EvaluationStatus.NOT_EVALUATED.name().equals(status);
    }
}
