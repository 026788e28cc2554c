package nl.ivbplanner.partner;

/**
 * One link of an activity to an organisation, as a reader loads it: the words the plan uses for the organisation
 * (its wording there, else its name) and the role of this link (TREKKER, REGIE or BETROKKEN).
 */
public record PartnerMention(long activityId, long partnerId, String name, String role) {}
