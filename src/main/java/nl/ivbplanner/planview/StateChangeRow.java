package nl.ivbplanner.planview;

import java.time.OffsetDateTime;
import nl.ivbplanner.common.DutchTime;
import nl.ivbplanner.plan.PlanState;

record StateChangeRow(
        PlanState fromState, PlanState toState, String reason, String changedBy, OffsetDateTime changedAt) {

    public StateChangeRow {
        changedAt = DutchTime.of(changedAt);
    }
}
