package nl.ivbplanner.region;

record FieldCountRow(long municipalityId, Short field, long activities, long green, long yellow, long red) {}
