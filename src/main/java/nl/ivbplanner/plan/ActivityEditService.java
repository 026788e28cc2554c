package nl.ivbplanner.plan;

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
    private final MunicipalityAccess access;

    ActivityEditService(MunicipalityRepository municipalities, ActivityRepository activities, MunicipalityAccess access) {
        this.municipalities = municipalities;
        this.activities = activities;
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
