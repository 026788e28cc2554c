package nl.ivbplanner.plan;

import java.time.LocalDate;
import java.util.List;
import nl.ivbplanner.common.DutchDates;
import nl.ivbplanner.common.FieldProblem;
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
class PlanLifecycleService {

    private final MunicipalityRepository municipalities;
    private final ExecutionPlanRepository plans;
    private final PlanStateChangeRepository stateChanges;
    private final ActivityRepository activities;
    private final MunicipalityAccess access;

    PlanLifecycleService(MunicipalityRepository municipalities, ExecutionPlanRepository plans,
            PlanStateChangeRepository stateChanges, ActivityRepository activities, MunicipalityAccess access) {
        this.activities = activities;
        this.municipalities = municipalities;
        this.plans = plans;
        this.stateChanges = stateChanges;
        this.access = access;
    }

    /** The plan's title, state and open verdicts, for the pages of these actions; only for those who may take them. */
    @Transactional(readOnly = true)
    PlanFacts facts(String municipalitySlug, String frameworkSlug, int year) {
        ExecutionPlan plan = managed(municipalitySlug, frameworkSlug, year);
        return new PlanFacts(plan.getTitle(), plan.getState(), activities.countWithoutYearEndVerdict(plan.getId()));
    }

    /** Refused, as a problem of the date field, when the date lies before the adoption of an earlier year's plan. */
    @Transactional
    void adopt(String municipalitySlug, String frameworkSlug, int year, LocalDate collegeDecision) {
        ExecutionPlan plan = managed(municipalitySlug, frameworkSlug, year);
        plans.findFirstByFrameworkIdAndYearLessThanAndAdoptedOnNotNullOrderByYearDesc(plan.getFrameworkId(), year)
                .filter(previous -> plan.isEditable() && collegeDecision.isBefore(previous.getAdoptedOn()))
                .ifPresent(previous -> {
                    throw new InvalidFormException(List.of(new FieldProblem("besluitdatum",
                            "plan.lifecycle.date.before-previous", List.of(String.valueOf(previous.getYear()),
                                    previous.getAdoptedOn().format(DutchDates.FORMAT)))));
                });
        stateChanges.save(plan.adopt(collegeDecision, access.currentUser().id()));
    }

    /** Returns the state the plan is back in. */
    @Transactional
    PlanState reopen(String municipalitySlug, String frameworkSlug, int year, String reason) {
        ExecutionPlan plan = managed(municipalitySlug, frameworkSlug, year);
        stateChanges.save(plan.reopen(reason.strip(), access.currentUser().id()));
        return plan.getState();
    }

    @Transactional
    void closeEvaluation(String municipalitySlug, String frameworkSlug, int year, LocalDate today) {
        ExecutionPlan plan = managed(municipalitySlug, frameworkSlug, year);
        stateChanges.save(plan.closeEvaluation(today, activities.countWithoutYearEndVerdict(plan.getId()),
                access.currentUser().id()));
    }

    record PlanFacts(String title, PlanState state, long activitiesWithoutVerdict) {
    }

    private ExecutionPlan managed(String municipalitySlug, String frameworkSlug, int year) {
        Municipality municipality = municipalities.findBySlug(municipalitySlug).orElseThrow(NotFoundException::new);
        access.require(Permission.ADOPT_PLANS, municipality.getId());
        return plans.findInMunicipality(municipality.getId(), frameworkSlug, year).orElseThrow(NotFoundException::new);
    }
}
