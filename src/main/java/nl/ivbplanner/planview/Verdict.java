package nl.ivbplanner.planview;

import java.time.OffsetDateTime;
import nl.ivbplanner.common.DutchTime;

record Verdict(String moment, String status, String resultText, String evaluatedBy, OffsetDateTime evaluatedAt) {

    public Verdict {
        evaluatedAt = DutchTime.of(evaluatedAt);
    }
}
