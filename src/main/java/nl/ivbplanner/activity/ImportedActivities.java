package nl.ivbplanner.activity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ivbplanner.plan.ExecutionPlan;
import nl.ivbplanner.web.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the activities of an imported file into a concept plan, inside the import's transaction: the import has
 * checked access, found every theme, objective and organisation among the plan's own, and shown the user what will
 * change. The entities keep their rules (a concept only); activities are read once for the whole file.
 */
@Component
public class ImportedActivities {

    private final ActivityRepository activities;
    private final ActivityPartnerRepository links;

    ImportedActivities(ActivityRepository activities, ActivityPartnerRepository links) {
        this.activities = activities;
        this.links = links;
    }

    /** One organisation in one role, as the file wrote it when that differs from the organisation's name. */
    public record Link(long partnerId, PartnerRole role, String wording) {}

    /** The plan's activities by id, for the changes and removals of one import. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<Long, Activity> of(ExecutionPlan plan) {
        return activities.findByPlanId(plan.getId()).stream()
                .collect(Collectors.toMap(Activity::getId, Function.identity()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void add(ExecutionPlan plan, long themeId, Long objectiveId, ActivityText text, List<Link> partners) {
        Activity activity = activities.save(
                Activity.addTo(plan, themeId, objectiveId, activities.nextPosition(plan.getId()), text));
        link(activity, partners);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void revise(Activity activity, long themeId, Long objectiveId, ActivityText text) {
        activity.revise(text);
        activity.placeUnder(themeId, objectiveId);
    }

    /** The file's organisations in its order replace the activity's. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void replacePartners(Activity activity, List<Link> partners) {
        activity.getPlan().requireEditable();
        links.deleteAll(links.findByActivities(List.of(activity)));
        links.flush();
        link(activity, partners);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void remove(Map<Long, Activity> planActivities, Collection<Long> ids) {
        for (long id : ids) {
            Activity activity = planActivities.get(id);
            if (activity == null) {
                throw new NotFoundException();
            }
            activity.getPlan().requireEditable();
            activities.delete(activity);
        }
    }

    private void link(Activity activity, List<Link> partners) {
        for (int position = 0; position < partners.size(); position++) {
            Link link = partners.get(position);
            links.save(ActivityPartner.link(activity, link.partnerId(), link.role(), link.wording(), position));
        }
    }
}
