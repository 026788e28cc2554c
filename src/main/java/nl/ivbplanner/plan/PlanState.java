package nl.ivbplanner.plan;

/** The yearly cycle of an execution plan, and what each state allows: the one place these rules are written. */
public enum PlanState {
    /** Being written by the municipality's advisors; never visible outside its staff. */
    CONCEPT,
    /** Adopted by the college; read-only. */
    VASTGESTELD,
    /** Evaluated a year later; read-only. */
    GEEVALUEERD;

    /** Only a concept can be changed; an adopted or evaluated plan is a public document. */
    public boolean isEditable() {
        return this == CONCEPT;
    }

    /** A concept is seen only by the municipality's staff. */
    public boolean isConcept() {
        return this == CONCEPT;
    }

    /** KPI measurements come in during the year and at its end, until the evaluation is closed. */
    public boolean isOpenForMeasurements() {
        return this != GEEVALUEERD;
    }

    /** Verdicts are given on an adopted plan, until a manager closes the evaluation. */
    public boolean isOpenForEvaluation() {
        return this == VASTGESTELD;
    }

    /** The evaluation is closed: verdicts and measurements are final. */
    public boolean isEvaluated() {
        return this == GEEVALUEERD;
    }
}
