package nl.ivbplanner.objective;

/** A colleague saved the objective after this form was opened; carries what is stored now. */
class StaleObjectiveException extends RuntimeException {

    private final transient ObjectiveForm stored;

    StaleObjectiveException(ObjectiveForm stored) {
        super("objective changed by someone else");
        this.stored = stored;
    }

    ObjectiveForm stored() {
        return stored;
    }
}
