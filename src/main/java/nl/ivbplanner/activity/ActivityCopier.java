package nl.ivbplanner.activity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.ivbplanner.plan.ExecutionPlan;
import org.springframework.stereotype.Component;

/** Copies activities with their partner links into a concept plan, after what it already holds. */
@Component
public class ActivityCopier {

    private final ActivityRepository activities;
    private final ActivityPartnerRepository partnerLinks;

    ActivityCopier(ActivityRepository activities, ActivityPartnerRepository partnerLinks) {
        this.activities = activities;
        this.partnerLinks = partnerLinks;
    }

    public void copy(List<Activity> origins, ExecutionPlan plan) {
        if (origins.isEmpty()) {
            return;
        }
        plan.requireEditable();
        Set<Long> frameworkObjectives = activities.findFrameworkObjectives(origins.stream()
                .map(Activity::getObjectiveId)
                .filter(Objects::nonNull)
                .toList());
        int position = plan.getId() == null ? 0 : activities.nextPosition(plan.getId());
        Map<Activity, Activity> copies = new HashMap<>();
        List<Activity> newActivities = new ArrayList<>();
        for (Activity origin : origins) {
            Activity copy = origin.copyInto(plan, position++, frameworkObjectives.contains(origin.getObjectiveId()));
            copies.put(origin, copy);
            newActivities.add(copy);
        }
        activities.saveAll(newActivities);
        partnerLinks.saveAll(partnerLinks.findByActivities(origins).stream()
                .map(link -> link.copyFor(copies.get(link.getActivity())))
                .toList());
    }
}
