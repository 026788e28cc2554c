package nl.ivbplanner.comment;

import nl.ivbplanner.activity.ActivityAddress;
import nl.ivbplanner.municipality.Municipality;
import nl.ivbplanner.municipality.MunicipalityRepository;
import nl.ivbplanner.security.MunicipalityAccess;
import nl.ivbplanner.security.Permission;
import nl.ivbplanner.security.SignedInUser;
import nl.ivbplanner.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff discussing an activity: whoever edits the municipality's plans adds a comment to any of its plan's
 * activities, whatever the plan's state (the work goes on after adoption and is looked back on after evaluation).
 */
@Service
class CommentService {

    private final MunicipalityRepository municipalities;
    private final MunicipalityAccess access;
    private final ActivityComments comments;

    CommentService(MunicipalityRepository municipalities, MunicipalityAccess access, ActivityComments comments) {
        this.municipalities = municipalities;
        this.access = access;
        this.comments = comments;
    }

    /** The title of the activity to comment on, after the access check. */
    @Transactional(readOnly = true)
    String activityTitle(ActivityAddress address) {
        return comments.activityTitle(address.id(), editable(address).getId()).orElseThrow(NotFoundException::new);
    }

    @Transactional
    void add(ActivityAddress address, CommentForm form) {
        activityTitle(address);
        SignedInUser user = access.currentUser();
        comments.add(address.id(), user.id(), user.displayName(), form.reactie().strip());
    }

    private Municipality editable(ActivityAddress address) {
        Municipality municipality =
                municipalities.findBySlug(address.municipality()).orElseThrow(NotFoundException::new);
        access.require(Permission.EDIT_PLANS, municipality.getId());
        return municipality;
    }
}
