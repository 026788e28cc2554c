package nl.ivbplanner.activity;

/** A partner of an activity as the partners page lists it. */
public record PartnerLinkRow(long id, String name, PartnerRole role, String wording) {}
