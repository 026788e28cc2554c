package nl.ivbplanner.evaluation;

/** Only an evaluated plan has verdicts that decide what continues. */
class CarryOverNotPossibleException extends RuntimeException {

    CarryOverNotPossibleException() {
        super("plan is not evaluated");
    }
}
