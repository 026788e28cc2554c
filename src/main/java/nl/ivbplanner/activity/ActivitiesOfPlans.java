package nl.ivbplanner.activity;

import java.util.List;
import nl.ivbplanner.plan.ExecutionPlan;
import nl.ivbplanner.plan.PlanActivities;
import org.springframework.stereotype.Component;

/** The activities of whole plans, as the plan's own use cases (create, close, delete) need them. */
@Component
class ActivitiesOfPlans implements PlanActivities {

    private final ActivityRepository activities;
    private final ActivityPartnerRepository partnerLinks;
    private final ActivityCopier copier;

    ActivitiesOfPlans(ActivityRepository activities, ActivityPartnerRepository partnerLinks, ActivityCopier copier) {
        this.activities = activities;
        this.partnerLinks = partnerLinks;
        this.copier = copier;
    }

    @Override
    public void copyFrameworkLines(ExecutionPlan concept) {
        copier.copy(activities.findFrameworkLines(concept.getFrameworkId()), concept);
    }

    @Override
    public void copyUnfinished(ExecutionPlan earlier, ExecutionPlan concept) {
        copier.copy(activities.findUnfinished(earlier.getId()), concept);
    }

    @Override
    public long countWithoutYearEndVerdict(long planId) {
        return activities.countWithoutYearEndVerdict(planId);
    }

    @Override
    public boolean isContinuedElsewhere(long planId) {
        return activities.isContinuedElsewhere(planId);
    }

    @Override
    public void removeAll(long planId) {
        List<Activity> planActivities = activities.findByPlanId(planId);
        if (!planActivities.isEmpty()) {
            partnerLinks.deleteAll(partnerLinks.findByActivities(planActivities));
        }
        activities.deleteAll(planActivities);
    }
}
