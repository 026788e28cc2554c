package nl.ivbplanner.plan;

/** The chosen theme is not one of the plan's framework. */
class UnknownThemeException extends RuntimeException {

    UnknownThemeException() {
        super("theme not in this framework");
    }
}
