package nl.ivbplanner.plan;

import java.time.LocalDate;
import nl.ivbplanner.common.DutchDates;
import nl.ivbplanner.common.InvalidFormException;
import nl.ivbplanner.common.StateConflictException;
import nl.ivbplanner.plan.web.RenameForm;
import nl.ivbplanner.security.MunicipalityAccess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager's actions on a plan, each kept in the plan's history with who did it: adopting, reopening and closing
 * its evaluation (with when and why), and renaming or deleting a concept made by mistake. An adopted or evaluated
 * plan can be neither renamed nor deleted.
 */
@Service
public class PlanLifecycleService {

    private final EditablePlans managed;
    private final ExecutionPlanRepository plans;
    private final PlanStateChangeRepository stateChanges;
    private final PlanActivities activities;
    private final MunicipalityAccess access;
    private final ApplicationEventPublisher events;

    PlanLifecycleService(
            EditablePlans managed,
            ExecutionPlanRepository plans,
            PlanStateChangeRepository stateChanges,
            PlanActivities activities,
            MunicipalityAccess access,
            ApplicationEventPublisher events) {
        this.managed = managed;
        this.plans = plans;
        this.stateChanges = stateChanges;
        this.activities = activities;
        this.access = access;
        this.events = events;
    }

    /** The plan's title, state and open verdicts, for the pages of these actions; only for those who may take them. */
    @Transactional(readOnly = true)
    public PlanFacts facts(PlanAddress address) {
        ExecutionPlan plan = managed.requireManaged(address);
        return new PlanFacts(plan.getTitle(), plan.getState(), activities.countWithoutYearEndVerdict(plan.getId()));
    }

    /** Refused, as a problem of the date field, when the date lies before the adoption of an earlier year's plan. */
    @Transactional
    public void adopt(PlanAddress address, LocalDate collegeDecision) {
        ExecutionPlan plan = managed.requireManaged(address);
        if (plans.frameworkIsConcept(plan.getFrameworkId())) {
            // the college carries out a framework the council adopted; a concept plan may be written before that
            throw new StateConflictException("plan.lifecycle.framework-concept");
        }
        plans.findFirstByFrameworkIdAndYearLessThanAndAdoptedOnNotNullOrderByYearDesc(
                        plan.getFrameworkId(), address.year())
                .filter(previous -> plan.isEditable() && collegeDecision.isBefore(previous.getAdoptedOn()))
                .ifPresent(previous -> {
                    throw new InvalidFormException(
                            "besluitdatum",
                            "plan.lifecycle.date.before-previous",
                            String.valueOf(previous.getYear()),
                            previous.getAdoptedOn().format(DutchDates.FORMAT));
                });
        stateChanges.save(plan.adopt(collegeDecision, access.currentUser().id()));
        decided(plan, address);
    }

    /** Returns the state the plan is back in. */
    @Transactional
    public PlanState reopen(PlanAddress address, String reason) {
        ExecutionPlan plan = managed.requireManaged(address);
        stateChanges.save(plan.reopen(reason.strip(), access.currentUser().id()));
        return plan.getState();
    }

    @Transactional
    public void closeEvaluation(PlanAddress address, LocalDate today) {
        ExecutionPlan plan = managed.requireManaged(address);
        stateChanges.save(plan.closeEvaluation(
                today,
                activities.countWithoutYearEndVerdict(plan.getId()),
                access.currentUser().id()));
        decided(plan, address);
    }

    /** The new state is written first, so that the document published with the decision reads it. */
    private void decided(ExecutionPlan plan, PlanAddress address) {
        plans.flush();
        events.publishEvent(new PlanDecided(plan.getId(), address, plan.getState()));
    }

    /** The concept as stored, for the rename form and the delete confirmation. */
    @Transactional(readOnly = true)
    public RenameForm stored(PlanAddress address) {
        return RenameForm.of(concept(address));
    }

    @Transactional
    public void rename(PlanAddress address, RenameForm form) {
        ExecutionPlan plan = concept(address);
        plan.requireVersion(form.version(), () -> RenameForm.of(plan));
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
        plan.requireVersion(version, () -> RenameForm.of(plan));
        events.publishEvent(plan.removal());
        activities.removeAll(plan.getId());
        plans.delete(plan);
    }

    private ExecutionPlan concept(PlanAddress address) {
        ExecutionPlan plan = managed.requireManaged(address);
        if (!plan.getState().isConcept()) {
            throw new StateConflictException("plan.concept.not-concept");
        }
        return plan;
    }

    public record PlanFacts(String title, PlanState state, long activitiesWithoutVerdict) {}
}
