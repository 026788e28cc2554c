package nl.ivbplanner.objective;

/** The chosen theme is not one of the plan's framework. */
class UnknownThemeException extends RuntimeException {

    UnknownThemeException() {
        super("theme not in the plan's framework");
    }
}
