package nl.ivbplanner.activity;

import nl.ivbplanner.municipality.Municipality;
import nl.ivbplanner.municipality.MunicipalityRepository;
import nl.ivbplanner.security.MunicipalityAccess;
import nl.ivbplanner.security.Permission;
import nl.ivbplanner.web.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way into an activity for changing it or its partners: the user must edit plans of the municipality (else
 * 403), the activity must belong to it (else 404) and its plan must still be a concept (else 409).
 */
@Component
class EditableActivities {

    private final MunicipalityRepository municipalities;
    private final ActivityRepository activities;
    private final MunicipalityAccess access;

    EditableActivities(
            MunicipalityRepository municipalities, ActivityRepository activities, MunicipalityAccess access) {
        this.municipalities = municipalities;
        this.activities = activities;
        this.access = access;
    }

    /** For showing a form: the activity as stored. */
    @Transactional(propagation = Propagation.MANDATORY)
    Editable require(ActivityAddress address) {
        Municipality municipality =
                municipalities.findBySlug(address.municipality()).orElseThrow(NotFoundException::new);
        access.require(Permission.EDIT_PLANS, municipality.getId());
        Activity activity = activities
                .findInMunicipality(address.id(), municipality.getId())
                .orElseThrow(NotFoundException::new);
        activity.getPlan().requireEditable();
        return new Editable(municipality, activity);
    }

    /** For a change: {@link #require} after the plan's row is locked, see {@link ActivityRepository#lockPlanOf}. */
    @Transactional(propagation = Propagation.MANDATORY)
    Editable requireForChange(ActivityAddress address) {
        activities.lockPlanOf(address.id());
        return require(address);
    }

    /** The activity with the municipality it was reached through (a new partner organisation becomes that one's). */
    record Editable(Municipality municipality, Activity activity) {}
}
