package nl.ivbplanner.report;

import nl.ivbplanner.plan.PlanState;

/**
 * An activity of a later plan that continues one of this plan's activities. Every reader of the report sees the same
 * list; a target plan that is still a concept is named as one, so the council knows it may still change.
 */
record CarriedOver(
        long fromActivityId, String fromTitle, int year, String planTitle, PlanState planState, String title) {

    public boolean intoConcept() {
        return planState.isConcept();
    }
}
