package nl.ivbplanner.plan;

import java.util.List;
import nl.ivbplanner.framework.PolicyFrameworkRepository;
import nl.ivbplanner.framework.ThemeOption;
import nl.ivbplanner.framework.ThemeRepository;
import nl.ivbplanner.municipality.Municipality;
import nl.ivbplanner.municipality.MunicipalityRepository;
import nl.ivbplanner.security.MunicipalityAccess;
import nl.ivbplanner.security.Permission;
import nl.ivbplanner.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Editing an activity of a concept plan: access check, concurrency check, then the entity's own rule. */
@Service
class ActivityEditService {

    private final MunicipalityRepository municipalities;
    private final ActivityRepository activities;
    private final PolicyFrameworkRepository frameworks;
    private final ThemeRepository themes;
    private final ObjectiveChoices objectives;
    private final MunicipalityAccess access;

    ActivityEditService(MunicipalityRepository municipalities, ActivityRepository activities,
            PolicyFrameworkRepository frameworks, ThemeRepository themes, ObjectiveChoices objectives,
            MunicipalityAccess access) {
        this.themes = themes;
        this.objectives = objectives;
        this.municipalities = municipalities;
        this.activities = activities;
        this.frameworks = frameworks;
        this.access = access;
    }

    /** The stored activity as a form, with the themes it may move to and the objectives it may answer to. */
    @Transactional(readOnly = true)
    EditContext context(String municipalitySlug, long activityId) {
        Activity activity = editable(municipalitySlug, activityId);
        ExecutionPlan plan = activity.getPlan();
        return new EditContext(ActivityForm.of(activity), themes.findOptions(plan.getFrameworkId()),
                ObjectiveOption.byTheme(objectives.forPlan(plan.getId(), plan.getFrameworkId())));
    }

    @Transactional
    void save(String municipalitySlug, long activityId, ActivityForm form) {
        Activity activity = forChange(municipalitySlug, activityId);
        if (activity.getVersion() != form.version()) {
            throw new ConcurrentEditException(ActivityForm.of(activity));
        }
        ExecutionPlan plan = activity.getPlan();
        if (!themes.existsByIdAndFrameworkId(form.themeId(), plan.getFrameworkId())) {
            throw new UnknownThemeException();
        }
        form.requireFittingObjective(objectives.forPlan(plan.getId(), plan.getFrameworkId()));
        activity.revise(form.toText());
        activity.placeUnder(form.themeId(), form.objectiveId());
    }

    /**
     * Moves an activity one place up or down among the activities of its theme and objective, as the plan page
     * groups them (themes keep their tree order); returns the plan's address. At either end nothing changes.
     */
    @Transactional
    String move(String municipalitySlug, long activityId, Direction direction) {
        Activity activity = forChange(municipalitySlug, activityId);
        activities.findNeighbour(activity.getId(), direction == Direction.UP)
                .ifPresent(activity::swapPositionWith);
        return planAddress(municipalitySlug, activity.getPlan());
    }

    /** Removes an activity from a concept plan; returns the plan's address to go back to. */
    @Transactional
    String delete(String municipalitySlug, long activityId) {
        Activity activity = forChange(municipalitySlug, activityId);
        ExecutionPlan plan = activity.getPlan();
        activities.delete(activity);
        return planAddress(municipalitySlug, plan);
    }

    private String planAddress(String municipalitySlug, ExecutionPlan plan) {
        String frameworkSlug = frameworks.findById(plan.getFrameworkId()).orElseThrow().getSlug();
        return "/gemeenten/" + municipalitySlug + "/kaders/" + frameworkSlug + "/plannen/" + plan.getYear();
    }

    enum Direction { UP, DOWN }

    record EditContext(ActivityForm form, List<ThemeOption> themes, List<ObjectiveOption.Group> objectives) {
    }

    /** {@link #editable} after its plan's row is locked: see {@link ActivityRepository#lockPlanOf}. */
    private Activity forChange(String municipalitySlug, long activityId) {
        activities.lockPlanOf(activityId);
        return editable(municipalitySlug, activityId);
    }

    private Activity editable(String municipalitySlug, long activityId) {
        Municipality municipality = municipalities.findBySlug(municipalitySlug).orElseThrow(NotFoundException::new);
        access.require(Permission.EDIT_PLANS, municipality.getId());
        Activity activity = activities.findInMunicipality(activityId, municipality.getId()).orElseThrow(NotFoundException::new);
        if (!activity.getPlan().isEditable()) {
            throw new PlanNotEditableException();
        }
        return activity;
    }
}
