package nl.ivbplanner.planview;

import java.util.List;
import nl.ivbplanner.partner.ActivityOrganisation;
import nl.ivbplanner.partner.PartnerMention;

/** An organisation on the activity page: once, with all its roles and every wording the plan uses for it. */
record PartnerLink(ActivityOrganisation organisation, List<String> wordings) {

    /** Each organisation of the activity's links once, by its own name, with its roles and other wordings. */
    static List<PartnerLink> of(long activityId, List<PartnerLinkRow> links) {
        List<ActivityOrganisation> organisations = ActivityOrganisation.perActivity(links.stream()
                        .map(l -> new PartnerMention(activityId, l.partnerId(), l.name(), l.role()))
                        .toList())
                .getOrDefault(activityId, List.of());
        return organisations.stream()
                .map(o -> new PartnerLink(
                        o,
                        links.stream()
                                .filter(l -> l.partnerId() == o.partnerId()
                                        && l.wording() != null
                                        && !l.wording().equals(l.name()))
                                .map(PartnerLinkRow::wording)
                                .distinct()
                                .toList()))
                .toList();
    }
}
