package nl.ivbplanner.report;

/** An activity of a later plan that continues one of this plan's activities. */
record CarriedOver(long fromActivityId, String fromTitle, int year, String planTitle, String title) {}
