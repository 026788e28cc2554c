package nl.ivbplanner.evaluation;

/** Someone saved the legend after this form was opened; carries what is stored now. */
class StaleLegendException extends RuntimeException {

    private final transient LegendForm stored;

    StaleLegendException(LegendForm stored) {
        super("legend changed by someone else");
        this.stored = stored;
    }

    LegendForm stored() {
        return stored;
    }
}
