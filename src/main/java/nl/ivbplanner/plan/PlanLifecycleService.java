package nl.ivbplanner.plan;

import java.time.LocalDate;
import nl.ivbplanner.common.DutchDates;
import nl.ivbplanner.common.InvalidFormException;
import nl.ivbplanner.security.MunicipalityAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adopting and reopening a plan: manager actions, kept in the plan's history with who, when and why. */
@Service
public class PlanLifecycleService {

    private final EditablePlans managed;
    private final ExecutionPlanRepository plans;
    private final PlanStateChangeRepository stateChanges;
    private final PlanActivities activities;
    private final MunicipalityAccess access;

    PlanLifecycleService(EditablePlans managed, ExecutionPlanRepository plans, PlanStateChangeRepository stateChanges,
            PlanActivities activities, MunicipalityAccess access) {
        this.managed = managed;
        this.plans = plans;
        this.stateChanges = stateChanges;
        this.activities = activities;
        this.access = access;
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
        plans.findFirstByFrameworkIdAndYearLessThanAndAdoptedOnNotNullOrderByYearDesc(plan.getFrameworkId(), address.year())
                .filter(previous -> plan.isEditable() && collegeDecision.isBefore(previous.getAdoptedOn()))
                .ifPresent(previous -> {
                    throw new InvalidFormException("besluitdatum", "plan.lifecycle.date.before-previous",
                            String.valueOf(previous.getYear()), previous.getAdoptedOn().format(DutchDates.FORMAT));
                });
        stateChanges.save(plan.adopt(collegeDecision, access.currentUser().id()));
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
        stateChanges.save(plan.closeEvaluation(today, activities.countWithoutYearEndVerdict(plan.getId()),
                access.currentUser().id()));
    }

    public record PlanFacts(String title, PlanState state, long activitiesWithoutVerdict) {
    }
}
