package nl.ivbplanner.plan;

/**
 * What the plan's own use cases (creating, closing, deleting a plan) need of its activities. The activities live in
 * their own package, which depends on this one; it implements this interface, so that the plan does not depend on it.
 */
public interface PlanActivities {

    /** The framework's multi-year lines become the new concept's activities. */
    void copyFrameworkLines(ExecutionPlan concept);

    /** An earlier plan's unfinished activities (yellow or not evaluated) continue in the new concept, each linked to its origin. */
    void copyUnfinished(ExecutionPlan earlier, ExecutionPlan concept);

    long countWithoutYearEndVerdict(long planId);

    /** Whether another plan's activities continue this plan's: a plan carried over from it, or started from it. */
    boolean isContinuedElsewhere(long planId);

    /** Deletes a concept's activities with their partners, row by row for the history, after what refers to them. */
    void removeAll(long planId);
}
