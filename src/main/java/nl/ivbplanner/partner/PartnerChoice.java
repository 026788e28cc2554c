package nl.ivbplanner.partner;

/** An organisation as a choice in a select. */
public record PartnerChoice(long id, String name) {}
