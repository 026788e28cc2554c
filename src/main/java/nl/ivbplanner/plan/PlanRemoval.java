package nl.ivbplanner.plan;

/**
 * A concept plan made by mistake is being deleted: each feature removes its part of the plan (KPIs, budget, texts,
 * goals, verdicts) row by row while this event is handled, in the same transaction, so that the history records
 * every deleted row with the user who deleted it.
 */
public record PlanRemoval(long planId) {}
