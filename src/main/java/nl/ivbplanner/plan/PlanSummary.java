package nl.ivbplanner.plan;

import java.time.LocalDate;

/** A plan as listed under its framework. */
public record PlanSummary(
        Long id, Long frameworkId, int year, String title, PlanState state, LocalDate adoptedOn, long activityCount) {}
