package nl.ivbplanner.plan;

/**
 * The college adopted a plan, or a manager closed its evaluation: the plan is in its new state (written to the
 * database), and the document that goes out with the decision is published while this event is handled, in the same
 * transaction, so there is no adopted plan without its published version.
 */
public record PlanDecided(long planId, PlanAddress address, PlanState state) {}
