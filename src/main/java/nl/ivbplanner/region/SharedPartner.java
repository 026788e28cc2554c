package nl.ivbplanner.region;

record SharedPartner(long id, String key, String name) {}
