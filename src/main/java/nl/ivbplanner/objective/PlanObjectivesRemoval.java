package nl.ivbplanner.objective;

import nl.ivbplanner.plan.PlanRemoval;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A deleted concept plan takes its own goals along (the framework's goals stay), each deletion kept in the history. */
@Component
class PlanObjectivesRemoval {

    private final PlanObjectiveRepository objectives;

    PlanObjectivesRemoval(PlanObjectiveRepository objectives) {
        this.objectives = objectives;
    }

    @EventListener
    void remove(PlanRemoval removal) {
        objectives.deleteAll(objectives.findByPlanId(removal.planId()));
    }
}
