package nl.ivbplanner.evaluation;

import nl.ivbplanner.plan.PlanAddress;

/** One row of the evaluation page: a plan's activity at one moment. */
record VerdictAddress(PlanAddress plan, EvaluationMoment moment, long activityId) {

    /** The evaluation page at this moment, scrolled to the row. */
    String url() {
        return plan.url("evaluatie") + "?moment=" + moment.param() + "#rij-" + activityId;
    }
}
