package nl.ivbplanner.narrative;

import nl.ivbplanner.framework.ThemeRepository;
import nl.ivbplanner.plan.EditablePlans;
import nl.ivbplanner.plan.ExecutionPlan;
import nl.ivbplanner.plan.PlanAddress;
import nl.ivbplanner.plan.PlanRemoval;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/** The texts of a concept plan; every use case starts at {@link EditablePlans}. */
@Service
class PlanSections extends SectionEditor<PlanAddress> {

    private final EditablePlans plans;
    private final NarrativeSectionRepository sections;

    PlanSections(
            EditablePlans plans,
            NarrativeSectionRepository sections,
            ThemeRepository themes,
            NarrativeQueries queries) {
        super(sections, themes, queries);
        this.plans = plans;
        this.sections = sections;
    }

    @Override
    SectionOwner owner(PlanAddress address) {
        ExecutionPlan plan = plans.require(address);
        return new SectionOwner(SectionOwner.Kind.PLAN, plan.getId(), plan.getFrameworkId(), plan.getTitle());
    }

    /** A deleted concept plan takes its chapters along, each deletion kept in the history. */
    @EventListener
    void remove(PlanRemoval removal) {
        sections.deleteAll(sections.findByPlanIdOrderByPositionAscIdAsc(removal.planId()));
    }
}
