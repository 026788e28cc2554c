package nl.ivbplanner.plan;

import java.util.List;
import nl.ivbplanner.framework.ThemeOption;
import nl.ivbplanner.framework.ThemeRepository;
import nl.ivbplanner.municipality.Municipality;
import nl.ivbplanner.municipality.MunicipalityRepository;
import nl.ivbplanner.security.MunicipalityAccess;
import nl.ivbplanner.security.Permission;
import nl.ivbplanner.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adding an activity to a concept plan, under one of its framework's themes. */
@Service
class ActivityCreationService {

    private final MunicipalityRepository municipalities;
    private final ExecutionPlanRepository plans;
    private final ThemeRepository themes;
    private final ActivityRepository activities;
    private final ObjectiveChoices objectives;
    private final MunicipalityAccess access;

    ActivityCreationService(MunicipalityRepository municipalities, ExecutionPlanRepository plans,
            ThemeRepository themes, ActivityRepository activities, ObjectiveChoices objectives,
            MunicipalityAccess access) {
        this.municipalities = municipalities;
        this.plans = plans;
        this.themes = themes;
        this.activities = activities;
        this.objectives = objectives;
        this.access = access;
    }

    /** The plan's title, its framework's themes and the objectives of the plan and framework, for the form. */
    @Transactional(readOnly = true)
    FormContext context(String municipalitySlug, String frameworkSlug, int year) {
        ExecutionPlan plan = editablePlan(municipalitySlug, frameworkSlug, year);
        return new FormContext(plan.getTitle(), themes.findOptions(plan.getFrameworkId()),
                ObjectiveOption.byTheme(objectives.forPlan(plan.getId(), plan.getFrameworkId())));
    }

    @Transactional
    Activity add(String municipalitySlug, String frameworkSlug, int year, ActivityForm form) {
        ExecutionPlan plan = editablePlan(municipalitySlug, frameworkSlug, year);
        if (!themes.existsByIdAndFrameworkId(form.themeId(), plan.getFrameworkId())) {
            throw new UnknownThemeException();
        }
        form.requireFittingObjective(objectives.forPlan(plan.getId(), plan.getFrameworkId()));
        return activities.save(Activity.addTo(plan, form.themeId(), form.objectiveId(),
                activities.nextPosition(plan.getId()), form.toText()));
    }

    private ExecutionPlan editablePlan(String municipalitySlug, String frameworkSlug, int year) {
        Municipality municipality = municipalities.findBySlug(municipalitySlug).orElseThrow(NotFoundException::new);
        access.require(Permission.EDIT_PLANS, municipality.getId());
        ExecutionPlan plan = plans.findInMunicipalityForChanges(municipality.getId(), frameworkSlug, year)
                .orElseThrow(NotFoundException::new);
        if (!plan.isEditable()) {
            throw new PlanNotEditableException();
        }
        return plan;
    }

    record FormContext(String planTitle, List<ThemeOption> themes, List<ObjectiveOption.Group> objectives) {
    }
}
