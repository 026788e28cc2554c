package nl.ivbplanner.planview;

import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ivbplanner.security.MunicipalityAccess;
import nl.ivbplanner.security.Permission;
import nl.ivbplanner.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ActivityViewService {

    private final ActivityQueries activities;
    private final PlanViewQueries plans;
    private final MunicipalityAccess access;

    ActivityViewService(ActivityQueries activities, PlanViewQueries plans, MunicipalityAccess access) {
        this.activities = activities;
        this.plans = plans;
        this.access = access;
    }

    @Transactional(readOnly = true)
    ActivityView activity(String municipalitySlug, long activityId) {
        ActivityDetail activity = activities.activity(municipalitySlug, activityId).orElseThrow(NotFoundException::new);
        access.require("CONCEPT".equals(activity.planState()) ? Permission.VIEW_CONCEPTS : Permission.VIEW,
                activity.municipalityId());
        return new ActivityView(activity, activities.partners(activityId), activities.verdicts(activityId),
                activities.chain(activityId, access.may(Permission.VIEW_CONCEPTS, activity.municipalityId())),
                ActivityHistory.changes(activities.history(activityId)),
                plans.legend(activity.municipalityId()).stream()
                        .collect(Collectors.toMap(LegendRow::status, Function.identity())),
                "CONCEPT".equals(activity.planState()) && access.may(Permission.EDIT_PLANS, activity.municipalityId()));
    }
}
