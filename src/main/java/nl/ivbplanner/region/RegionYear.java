package nl.ivbplanner.region;

/** A year the region can be read for; {@code planYear}: a municipality adopted a plan for it. */
record RegionYear(int year, boolean planYear) {}
