package nl.ivbplanner.evaluation;

import nl.ivbplanner.plan.PlanRemoval;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A deleted concept plan takes the verdicts on its activities along (a concept reopened from an adopted plan may
 * have interim verdicts), each deletion kept in the history.
 */
@Component
class PlanVerdictsRemoval {

    private final EvaluationRepository evaluations;

    PlanVerdictsRemoval(EvaluationRepository evaluations) {
        this.evaluations = evaluations;
    }

    @EventListener
    void remove(PlanRemoval removal) {
        evaluations.deleteAll(evaluations.findByPlanId(removal.planId()));
    }
}
