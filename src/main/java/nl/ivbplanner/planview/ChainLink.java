package nl.ivbplanner.planview;

record ChainLink(long id, int depth, int year, String planTitle, String title) {}
