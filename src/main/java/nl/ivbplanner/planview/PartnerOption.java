package nl.ivbplanner.planview;

record PartnerOption(long id, String name) {}
