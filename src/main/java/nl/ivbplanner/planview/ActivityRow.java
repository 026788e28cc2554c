package nl.ivbplanner.planview;

import java.time.OffsetDateTime;
import nl.ivbplanner.common.DutchTime;

/** An activity as the plan page and the council report list it. */
public record ActivityRow(
        long id,
        long themeId,
        String kind,
        String title,
        String description,
        String goal,
        String intendedResult,
        String planning,
        String statusNote,
        String status,
        String resultText,
        Long objectiveId,
        String objectiveNumber,
        String objectiveText,
        String interimStatus,
        OffsetDateTime interimEvaluatedAt) {

    public ActivityRow {
        interimEvaluatedAt = DutchTime.of(interimEvaluatedAt);
    }

    /** An activity without a year-end verdict counts as not evaluated, as on the evaluation page. */
    public String verdict() {
        return status == null ? "NOT_EVALUATED" : status;
    }
}
