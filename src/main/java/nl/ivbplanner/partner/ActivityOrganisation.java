package nl.ivbplanner.partner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An organisation named once on an activity, with every role it has there: 'Politie (trekker, regie)', never Politie
 * twice. The plan page, the activity page, the report and the export all list partners this way.
 * {@code partnerId} is the organisation's, or for an item that names two organisations, the first one's.
 */
public record ActivityOrganisation(long partnerId, String name, List<String> roles) {

    /** Leading roles first; taking part (betrokken) is what every named organisation does. */
    private static final List<String> ROLE_ORDER = List.of("TREKKER", "REGIE", "BETROKKEN");

    /** The roles a partner list marks next to the name: trekker and regie. */
    public List<String> markedRoles() {
        return roles.stream().filter(role -> !"BETROKKEN".equals(role)).toList();
    }

    /**
     * Groups the links of one or more activities, given in list order, per activity and organisation. The
     * organisations keep the order of their first link; each is named as the link with its leading role names it,
     * because that wording is the one the document uses for what the organisation does in this activity.
     */
    public static Map<Long, List<ActivityOrganisation>> perActivity(List<PartnerMention> mentions) {
        Map<Long, Map<Long, List<PartnerMention>>> grouped = new LinkedHashMap<>();
        for (PartnerMention mention : mentions) {
            grouped.computeIfAbsent(mention.activityId(), id -> new LinkedHashMap<>())
                    .computeIfAbsent(mention.partnerId(), id -> new ArrayList<>())
                    .add(mention);
        }
        Map<Long, List<ActivityOrganisation>> result = new LinkedHashMap<>();
        grouped.forEach((activityId, byPartner) -> result.put(
                activityId,
                distinctAsRead(byPartner.values().stream()
                        .map(ActivityOrganisation::of)
                        .toList())));
        return result;
    }

    /**
     * One entry per name and roles as a reader sees them: two organisations that the document names together in one
     * item ('Gemeente Den Haag en gemeente Delft') carry that item as their wording, and are listed once.
     */
    private static List<ActivityOrganisation> distinctAsRead(List<ActivityOrganisation> organisations) {
        Map<String, ActivityOrganisation> seen = new LinkedHashMap<>();
        for (ActivityOrganisation organisation : organisations) {
            seen.putIfAbsent(organisation.name() + "\u0000" + organisation.roles(), organisation);
        }
        return List.copyOf(seen.values());
    }

    private static ActivityOrganisation of(List<PartnerMention> links) {
        List<PartnerMention> byRole = links.stream()
                .sorted(Comparator.comparingInt(link -> rank(link.role())))
                .toList();
        return new ActivityOrganisation(
                byRole.get(0).partnerId(),
                byRole.get(0).name(),
                byRole.stream().map(PartnerMention::role).distinct().toList());
    }

    private static int rank(String role) {
        int rank = ROLE_ORDER.indexOf(role);
        return rank < 0 ? ROLE_ORDER.size() : rank;
    }
}
