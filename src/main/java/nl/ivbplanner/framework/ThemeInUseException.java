package nl.ivbplanner.framework;

/** A theme that is still used cannot be deleted; carries the page that explains what uses it. */
class ThemeInUseException extends RuntimeException {

    private final transient ThemeEditService.DeletePage page;

    ThemeInUseException(ThemeEditService.DeletePage page) {
        super("theme still in use");
        this.page = page;
    }

    ThemeEditService.DeletePage page() {
        return page;
    }
}
