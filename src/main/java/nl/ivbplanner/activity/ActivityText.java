package nl.ivbplanner.activity;

/** The texts of an activity as the plan prints them. */
public record ActivityText(String title, String description, String goal, String intendedResult, String planning) {}
