package nl.ivbplanner.evaluation;

/** A colleague saved a verdict on the same activity after this page was opened; carries what is stored now. */
class StaleVerdictException extends RuntimeException {

    private final transient EvaluationQueries.VerdictRow stored;

    StaleVerdictException(EvaluationQueries.VerdictRow stored) {
        super("verdict changed by someone else");
        this.stored = stored;
    }

    EvaluationQueries.VerdictRow stored() {
        return stored;
    }
}
