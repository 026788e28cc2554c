package nl.ivbplanner.planview;

import nl.ivbplanner.plan.PlanState;

record PlanLink(int year, String title, PlanState state) {}
