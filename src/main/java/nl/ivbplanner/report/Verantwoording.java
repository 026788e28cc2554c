package nl.ivbplanner.report;

/**
 * The yearly verantwoording as the council receives it: the evaluation of year N (deel 1) followed by the plan of year
 * N+1 (deel 2), as Wassenaar prints them in one document. {@code next} is null when there is no plan for N+1 yet, or
 * the reader may not see it. The flow holds both plans' parts, the next plan's introduction first and the annexes of
 * both last.
 */
record Verantwoording(PlanReport evaluation, PlanReport next, ReportFlow flow, boolean published) {

    /** The public document left out sections marked 'niet openbaar' of either plan. */
    boolean withheld() {
        return evaluation.withheld() || (next != null && next.withheld());
    }

    public int year() {
        return evaluation.header().year();
    }
}
