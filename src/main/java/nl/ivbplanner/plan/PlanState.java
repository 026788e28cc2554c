package nl.ivbplanner.plan;

/** The yearly cycle of an execution plan. */
public enum PlanState {
    /** Being written by the municipality's advisors; never visible outside its staff. */
    CONCEPT,
    /** Adopted by the college; read-only. */
    VASTGESTELD,
    /** Evaluated a year later; read-only. */
    GEEVALUEERD
}
