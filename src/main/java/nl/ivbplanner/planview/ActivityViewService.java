package nl.ivbplanner.planview;

import java.util.List;
import nl.ivbplanner.evaluation.LegendQueries;
import nl.ivbplanner.partner.ActivityOrganisation;
import nl.ivbplanner.partner.PartnerMention;
import nl.ivbplanner.security.MunicipalityAccess;
import nl.ivbplanner.security.Permission;
import nl.ivbplanner.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ActivityViewService {

    private final ActivityQueries activities;
    private final LegendQueries legends;
    private final MunicipalityAccess access;

    ActivityViewService(ActivityQueries activities, LegendQueries legends, MunicipalityAccess access) {
        this.activities = activities;
        this.legends = legends;
        this.access = access;
    }

    @Transactional(readOnly = true)
    ActivityView activity(String municipalitySlug, long activityId) {
        ActivityDetail activity = activities.activity(municipalitySlug, activityId).orElseThrow(NotFoundException::new);
        boolean concept = activity.planState() != null && activity.planState().isConcept();
        access.require(concept ? Permission.VIEW_CONCEPTS : Permission.VIEW, activity.municipalityId());
        return new ActivityView(activity, partners(activityId, activities.partners(activityId)),
                activities.verdicts(activityId),
                activities.chain(activityId, access.may(Permission.VIEW_CONCEPTS, activity.municipalityId())),
                ActivityHistory.changes(activities.history(activityId)),
                legends.of(activity.municipalityId()),
                concept && access.may(Permission.EDIT_PLANS, activity.municipalityId()));
    }

    /** Each organisation once, by its own name, with its roles and the plan's other wordings for it. */
    private static List<PartnerLink> partners(long activityId, List<PartnerLinkRow> links) {
        List<ActivityOrganisation> organisations = ActivityOrganisation.perActivity(links.stream()
                .map(l -> new PartnerMention(activityId, l.partnerId(), l.name(), l.role())).toList())
                .getOrDefault(activityId, List.of());
        return organisations.stream().map(o -> new PartnerLink(o, links.stream()
                .filter(l -> l.partnerId() == o.partnerId() && l.wording() != null && !l.wording().equals(l.name()))
                .map(PartnerLinkRow::wording).distinct().toList())).toList();
    }
}
