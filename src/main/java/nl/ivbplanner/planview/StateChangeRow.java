package nl.ivbplanner.planview;

import nl.ivbplanner.plan.PlanState;
import java.time.OffsetDateTime;

record StateChangeRow(PlanState fromState, PlanState toState, String reason, String changedBy,
        OffsetDateTime changedAt) {
}
