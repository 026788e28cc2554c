package nl.ivbplanner.narrative;

import nl.ivbplanner.plan.PlanRemoval;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A deleted concept plan takes its chapters along, each deletion kept in the history. */
@Component
class PlanSectionsRemoval {

    private final NarrativeSectionRepository sections;

    PlanSectionsRemoval(NarrativeSectionRepository sections) {
        this.sections = sections;
    }

    @EventListener
    void remove(PlanRemoval removal) {
        sections.deleteAll(sections.findByPlanIdOrderByPositionAscIdAsc(removal.planId()));
    }
}
