package nl.ivbplanner.opendata;

/** A municipality that publishes for anyone (its setting 'openbaar publiceren'), as its open data names it. */
record PublishingMunicipality(long id, String slug, String name, String cbsCode) {}
