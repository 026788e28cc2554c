package nl.ivbplanner.region;

record MunicipalityRow(long id, String slug, String name) {}
