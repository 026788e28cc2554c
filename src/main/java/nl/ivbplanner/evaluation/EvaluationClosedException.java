package nl.ivbplanner.evaluation;

/** Verdicts are given only on an adopted plan whose evaluation is not closed. */
class EvaluationClosedException extends RuntimeException {

    EvaluationClosedException() {
        super("plan is not open for evaluation");
    }
}
