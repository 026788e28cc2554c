package nl.ivbplanner.plan;

import java.time.LocalDate;
import nl.ivbplanner.common.DutchDates;
import nl.ivbplanner.common.InvalidFormException;
import nl.ivbplanner.municipality.Municipality;
import nl.ivbplanner.municipality.MunicipalityRepository;
import nl.ivbplanner.security.MunicipalityAccess;
import nl.ivbplanner.security.Permission;
import nl.ivbplanner.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adopting and reopening a plan: manager actions, kept in the plan's history with who, when and why. */
@Service
public class PlanLifecycleService {

    private final MunicipalityRepository municipalities;
    private final ExecutionPlanRepository plans;
    private final PlanStateChangeRepository stateChanges;
    private final PlanActivities activities;
    private final MunicipalityAccess access;

    PlanLifecycleService(MunicipalityRepository municipalities, ExecutionPlanRepository plans,
            PlanStateChangeRepository stateChanges, PlanActivities activities, MunicipalityAccess access) {
        this.activities = activities;
        this.municipalities = municipalities;
        this.plans = plans;
        this.stateChanges = stateChanges;
        this.access = access;
    }

    /** The plan's title, state and open verdicts, for the pages of these actions; only for those who may take them. */
    @Transactional(readOnly = true)
    public PlanFacts facts(PlanAddress address) {
        ExecutionPlan plan = managed(address);
        return new PlanFacts(plan.getTitle(), plan.getState(), activities.countWithoutYearEndVerdict(plan.getId()));
    }

    /** Refused, as a problem of the date field, when the date lies before the adoption of an earlier year's plan. */
    @Transactional
    public void adopt(PlanAddress address, LocalDate collegeDecision) {
        ExecutionPlan plan = managed(address);
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
        ExecutionPlan plan = managed(address);
        stateChanges.save(plan.reopen(reason.strip(), access.currentUser().id()));
        return plan.getState();
    }

    @Transactional
    public void closeEvaluation(PlanAddress address, LocalDate today) {
        ExecutionPlan plan = managed(address);
        stateChanges.save(plan.closeEvaluation(today, activities.countWithoutYearEndVerdict(plan.getId()),
                access.currentUser().id()));
    }

    public record PlanFacts(String title, PlanState state, long activitiesWithoutVerdict) {
    }

    private ExecutionPlan managed(PlanAddress address) {
        Municipality municipality = municipalities.findBySlug(address.municipality()).orElseThrow(NotFoundException::new);
        access.require(Permission.ADOPT_PLANS, municipality.getId());
        return plans.findInMunicipality(municipality.getId(), address.framework(), address.year())
                .orElseThrow(NotFoundException::new);
    }
}
