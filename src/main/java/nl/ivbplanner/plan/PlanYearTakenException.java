package nl.ivbplanner.plan;

/** A framework has at most one plan per year. */
class PlanYearTakenException extends RuntimeException {

    PlanYearTakenException() {
        super("a plan for this year exists");
    }
}
