package nl.ivbplanner.plan;

import nl.ivbplanner.framework.PolicyFrameworkRepository;
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
    private final MunicipalityAccess access;

    ActivityEditService(MunicipalityRepository municipalities, ActivityRepository activities,
            PolicyFrameworkRepository frameworks, MunicipalityAccess access) {
        this.municipalities = municipalities;
        this.activities = activities;
        this.frameworks = frameworks;
        this.access = access;
    }

    @Transactional(readOnly = true)
    ActivityForm form(String municipalitySlug, long activityId) {
        Activity activity = editable(municipalitySlug, activityId);
        return ActivityForm.of(activity);
    }

    @Transactional
    void save(String municipalitySlug, long activityId, ActivityForm form) {
        Activity activity = editable(municipalitySlug, activityId);
        if (activity.getVersion() != form.version()) {
            throw new ConcurrentEditException(ActivityForm.of(activity));
        }
        activity.revise(form.toText());
    }

    /** Removes an activity from a concept plan; returns the plan's address to go back to. */
    @Transactional
    String delete(String municipalitySlug, long activityId) {
        Activity activity = editable(municipalitySlug, activityId);
        ExecutionPlan plan = activity.getPlan();
        String frameworkSlug = frameworks.findById(plan.getFrameworkId()).orElseThrow().getSlug();
        activities.delete(activity);
        return "/gemeenten/" + municipalitySlug + "/kaders/" + frameworkSlug + "/plannen/" + plan.getYear();
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
