package nl.ivbplanner.plan;

import nl.ivbplanner.common.InvalidFormException;
import nl.ivbplanner.framework.PolicyFramework;
import nl.ivbplanner.framework.PolicyFrameworkRepository;
import nl.ivbplanner.municipality.Municipality;
import nl.ivbplanner.municipality.MunicipalityRepository;
import nl.ivbplanner.plan.web.NewPlanForm;
import nl.ivbplanner.security.MunicipalityAccess;
import nl.ivbplanner.security.Permission;
import nl.ivbplanner.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating next year's concept plan: empty, from the framework's lines, or from last year's unfinished work. */
@Service
public class PlanCreationService {

    private final MunicipalityRepository municipalities;
    private final PolicyFrameworkRepository frameworks;
    private final ExecutionPlanRepository plans;
    private final PlanActivities activities;
    private final MunicipalityAccess access;

    PlanCreationService(
            MunicipalityRepository municipalities,
            PolicyFrameworkRepository frameworks,
            ExecutionPlanRepository plans,
            PlanActivities activities,
            MunicipalityAccess access) {
        this.municipalities = municipalities;
        this.frameworks = frameworks;
        this.plans = plans;
        this.activities = activities;
        this.access = access;
    }

    /** The framework's title, for the form; only for those who may write plans. */
    @Transactional(readOnly = true)
    public String frameworkTitle(String municipalitySlug, String frameworkSlug) {
        return framework(municipalitySlug, frameworkSlug).getTitle();
    }

    @Transactional
    public void create(String municipalitySlug, String frameworkSlug, NewPlanForm form) {
        PolicyFramework framework = framework(municipalitySlug, frameworkSlug);
        if (!framework.covers(form.year())) {
            throw new InvalidFormException(
                    "jaar",
                    "plan.new.year.outside-framework",
                    framework.getTitle(),
                    String.valueOf(framework.getFirstYear()),
                    String.valueOf(framework.getLastYear()));
        }
        if (plans.existsByFrameworkIdAndYear(framework.getId(), form.year())) {
            throw new InvalidFormException("jaar", "plan.new.year-taken");
        }
        ExecutionPlan plan = plans.save(
                new ExecutionPlan(framework.getId(), form.year(), form.titel().strip()));
        switch (form.start()) {
            case LEEG -> {}
            case KADER -> activities.copyFrameworkLines(plan);
            case VORIG_JAAR ->
                plans.findFirstByFrameworkIdAndYearLessThanOrderByYearDesc(framework.getId(), form.year())
                        .ifPresent(previous -> activities.copyUnfinished(previous, plan));
        }
    }

    private PolicyFramework framework(String municipalitySlug, String frameworkSlug) {
        Municipality municipality = municipalities.findBySlug(municipalitySlug).orElseThrow(NotFoundException::new);
        access.require(Permission.EDIT_PLANS, municipality.getId());
        return frameworks
                .findByMunicipalityIdAndSlug(municipality.getId(), frameworkSlug)
                .orElseThrow(NotFoundException::new);
    }
}
