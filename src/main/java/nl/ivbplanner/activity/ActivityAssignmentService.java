package nl.ivbplanner.activity;

import java.util.List;
import nl.ivbplanner.activity.web.AssignmentForm;
import nl.ivbplanner.common.InvalidFormException;
import nl.ivbplanner.municipality.Municipality;
import nl.ivbplanner.municipality.MunicipalityRepository;
import nl.ivbplanner.security.MunicipalityAccess;
import nl.ivbplanner.security.Permission;
import nl.ivbplanner.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who answers for an activity and by when: set by the municipality's advisors and managers on a concept or an adopted
 * plan (the work is done after adoption), not on an evaluated one. The person must be one of the municipality's
 * advisors or managers.
 */
@Service
public class ActivityAssignmentService {

    private final MunicipalityRepository municipalities;
    private final ActivityRepository activities;
    private final MunicipalityAccess access;
    private final ResponsiblePeople people;

    ActivityAssignmentService(
            MunicipalityRepository municipalities,
            ActivityRepository activities,
            MunicipalityAccess access,
            ResponsiblePeople people) {
        this.municipalities = municipalities;
        this.activities = activities;
        this.access = access;
        this.people = people;
    }

    /** The activity's title, its responsible person and deadline as stored, and who can be chosen. */
    @Transactional(readOnly = true)
    public AssignmentPage page(ActivityAddress address) {
        Reached reached = reach(address);
        Activity activity = reached.activity();
        activity.requireAssignable();
        return new AssignmentPage(
                activity.getTitle(),
                AssignmentForm.of(activity),
                people.of(reached.municipality().getId()));
    }

    /** The people to choose from again, for a form shown with its errors. */
    @Transactional(readOnly = true)
    public List<ResponsiblePeople.Person> choices(ActivityAddress address) {
        return people.of(reach(address).municipality().getId());
    }

    @Transactional
    public void assign(ActivityAddress address, AssignmentForm form) {
        activities.lockPlanOf(address.id());
        Reached reached = reach(address);
        Activity activity = reached.activity();
        activity.requireVersion(form.version(), () -> AssignmentForm.of(activity));
        if (!form.problems().isEmpty()) {
            throw new InvalidFormException(form.problems());
        }
        Long userId = form.userId();
        if (userId != null && people.of(reached.municipality().getId()).stream().noneMatch(p -> p.id() == userId)) {
            throw new InvalidFormException("verantwoordelijke", "activity.assignment.person.unknown");
        }
        activity.assign(userId, form.deadline());
    }

    private Reached reach(ActivityAddress address) {
        Municipality municipality =
                municipalities.findBySlug(address.municipality()).orElseThrow(NotFoundException::new);
        access.require(Permission.EDIT_PLANS, municipality.getId());
        Activity activity = activities
                .findInMunicipality(address.id(), municipality.getId())
                .filter(a -> a.getPlan() != null)
                .orElseThrow(NotFoundException::new);
        return new Reached(municipality, activity);
    }

    private record Reached(Municipality municipality, Activity activity) {}

    public record AssignmentPage(String activityTitle, AssignmentForm form, List<ResponsiblePeople.Person> people) {}
}
