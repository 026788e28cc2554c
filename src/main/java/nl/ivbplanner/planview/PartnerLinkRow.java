package nl.ivbplanner.planview;

record PartnerLinkRow(long partnerId, String name, String role, String wording) {}
