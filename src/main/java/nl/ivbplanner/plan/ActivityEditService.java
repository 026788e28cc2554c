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
    private final MunicipalityAccess access;

    ActivityEditService(MunicipalityRepository municipalities, ActivityRepository activities,
            PolicyFrameworkRepository frameworks, ThemeRepository themes, MunicipalityAccess access) {
        this.themes = themes;
        this.municipalities = municipalities;
        this.activities = activities;
        this.frameworks = frameworks;
        this.access = access;
    }

    /** The stored activity as a form, with the themes it may move to. */
    @Transactional(readOnly = true)
    EditContext context(String municipalitySlug, long activityId) {
        Activity activity = editable(municipalitySlug, activityId);
        return new EditContext(ActivityForm.of(activity), themes.findOptions(activity.getPlan().getFrameworkId()));
    }

    @Transactional
    void save(String municipalitySlug, long activityId, ActivityForm form) {
        Activity activity = forChange(municipalitySlug, activityId);
        if (activity.getVersion() != form.version()) {
            throw new ConcurrentEditException(ActivityForm.of(activity));
        }
        if (!themes.existsByIdAndFrameworkId(form.themeId(), activity.getPlan().getFrameworkId())) {
            throw new UnknownThemeException();
        }
        activity.revise(form.toText());
        activity.placeUnder(form.themeId());
    }

    /**
     * Moves an activity one place up or down among the activities of its theme table (the main theme with its
     * sub-themes), as the plan page shows them; returns the plan's address. At either end nothing changes.
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

    record EditContext(ActivityForm form, List<ThemeOption> themes) {
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
