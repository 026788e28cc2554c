package nl.ivbplanner.planview;

import nl.ivbplanner.plan.PlanState;

public record PlanLink(int year, String title, PlanState state) {}
