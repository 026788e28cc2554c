package nl.ivbplanner.plan;

import java.util.List;
import nl.ivbplanner.common.FieldProblem;
import nl.ivbplanner.common.InvalidFormException;
import nl.ivbplanner.framework.PolicyFramework;
import nl.ivbplanner.framework.PolicyFrameworkRepository;
import nl.ivbplanner.municipality.Municipality;
import nl.ivbplanner.municipality.MunicipalityRepository;
import nl.ivbplanner.security.MunicipalityAccess;
import nl.ivbplanner.security.Permission;
import nl.ivbplanner.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating next year's concept plan: empty, from the framework's lines, or from last year's unfinished work. */
@Service
class PlanCreationService {

    private final MunicipalityRepository municipalities;
    private final PolicyFrameworkRepository frameworks;
    private final ExecutionPlanRepository plans;
    private final ActivityRepository activities;
    private final ActivityCopier copier;
    private final MunicipalityAccess access;

    PlanCreationService(MunicipalityRepository municipalities, PolicyFrameworkRepository frameworks,
            ExecutionPlanRepository plans, ActivityRepository activities, ActivityCopier copier,
            MunicipalityAccess access) {
        this.municipalities = municipalities;
        this.frameworks = frameworks;
        this.plans = plans;
        this.activities = activities;
        this.copier = copier;
        this.access = access;
    }

    /** The framework's title, for the form; only for those who may write plans. */
    @Transactional(readOnly = true)
    String frameworkTitle(String municipalitySlug, String frameworkSlug) {
        return framework(municipalitySlug, frameworkSlug).getTitle();
    }

    @Transactional
    ExecutionPlan create(String municipalitySlug, String frameworkSlug, NewPlanForm form) {
        PolicyFramework framework = framework(municipalitySlug, frameworkSlug);
        if (!framework.covers(form.year())) {
            throw new InvalidFormException(List.of(new FieldProblem("jaar", "plan.new.year.outside-framework",
                    List.of(framework.getTitle(), String.valueOf(framework.getFirstYear()),
                            String.valueOf(framework.getLastYear())))));
        }
        if (plans.existsByFrameworkIdAndYear(framework.getId(), form.year())) {
            throw new PlanYearTakenException();
        }
        ExecutionPlan plan = plans.save(new ExecutionPlan(framework.getId(), form.year(), form.titel().strip()));
        List<Activity> origins = switch (form.start()) {
            case LEEG -> List.of();
            case KADER -> activities.findFrameworkLines(framework.getId());
            case VORIG_JAAR -> plans.findFirstByFrameworkIdAndYearLessThanOrderByYearDesc(framework.getId(), form.year())
                    .map(previous -> activities.findUnfinished(previous.getId())).orElse(List.of());
        };
        copier.copy(origins, plan);
        return plan;
    }

    private PolicyFramework framework(String municipalitySlug, String frameworkSlug) {
        Municipality municipality = municipalities.findBySlug(municipalitySlug).orElseThrow(NotFoundException::new);
        access.require(Permission.EDIT_PLANS, municipality.getId());
        return frameworks.findByMunicipalityIdAndSlug(municipality.getId(), frameworkSlug).orElseThrow(NotFoundException::new);
    }
}
