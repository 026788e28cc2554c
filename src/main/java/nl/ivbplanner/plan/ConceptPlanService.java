package nl.ivbplanner.plan;

import java.util.Objects;
import nl.ivbplanner.common.EditConflictException;
import nl.ivbplanner.common.StateConflictException;
import nl.ivbplanner.plan.web.RenameForm;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager renames or deletes a concept plan made by mistake. Both are kept in the history with who did it; an
 * adopted or evaluated plan can be neither renamed nor deleted.
 */
@Service
public class ConceptPlanService {

    private final EditablePlans managed;
    private final ExecutionPlanRepository plans;
    private final PlanActivities activities;
    private final PlanStateChangeRepository stateChanges;
    private final ApplicationEventPublisher events;

    ConceptPlanService(EditablePlans managed, ExecutionPlanRepository plans, PlanActivities activities,
            PlanStateChangeRepository stateChanges, ApplicationEventPublisher events) {
        this.managed = managed;
        this.plans = plans;
        this.activities = activities;
        this.stateChanges = stateChanges;
        this.events = events;
    }

    /** The concept as stored, for the rename form and the delete confirmation. */
    @Transactional(readOnly = true)
    public RenameForm stored(PlanAddress address) {
        return RenameForm.of(concept(address));
    }

    @Transactional
    public void rename(PlanAddress address, RenameForm form) {
        ExecutionPlan plan = concept(address);
        requireVersion(plan, form.version());
        plan.retitle(form.titel().strip());
    }

    /**
     * Refuses the deletion of a concept that must stay: a plan that was adopted once (and reopened) has a history
     * of decisions, and a plan that later plans continue would cut their line back.
     */
    @Transactional(readOnly = true)
    public void requireDeletable(PlanAddress address) {
        ExecutionPlan plan = concept(address);
        if (stateChanges.existsByPlanId(plan.getId())) {
            throw new StateConflictException("plan.concept.delete.was-adopted");
        }
        if (activities.isContinuedElsewhere(plan.getId())) {
            throw new StateConflictException("plan.concept.delete.continued");
        }
    }

    /** Deletes the concept and everything in it; activities it took over from an earlier plan can be taken again. */
    @Transactional
    public void delete(PlanAddress address, Long version) {
        requireDeletable(address);
        ExecutionPlan plan = concept(address);
        requireVersion(plan, version);
        events.publishEvent(plan.removal());
        activities.removeAll(plan.getId());
        plans.delete(plan);
    }

    private static void requireVersion(ExecutionPlan plan, Long version) {
        if (!Objects.equals(version, plan.getVersion())) {
            throw new EditConflictException(RenameForm.of(plan));
        }
    }

    private ExecutionPlan concept(PlanAddress address) {
        ExecutionPlan plan = managed.requireManaged(address);
        if (!plan.getState().isConcept()) {
            throw new StateConflictException("plan.concept.not-concept");
        }
        return plan;
    }
}
