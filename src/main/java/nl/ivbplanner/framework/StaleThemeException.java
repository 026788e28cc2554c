package nl.ivbplanner.framework;

/** A colleague saved the theme after this form was opened; carries what is stored now. */
class StaleThemeException extends RuntimeException {

    private final transient ThemeForm stored;

    StaleThemeException(ThemeForm stored) {
        super("theme changed by someone else");
        this.stored = stored;
    }

    ThemeForm stored() {
        return stored;
    }
}
