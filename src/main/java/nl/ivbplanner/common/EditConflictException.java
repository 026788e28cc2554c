package nl.ivbplanner.common;

/**
 * A colleague saved the same row after this form was opened (its version is older than the stored one); carries
 * what is stored now, as a form of the same kind, so the page can show it beside the user's input.
 */
public class EditConflictException extends RuntimeException {

    private final transient Object stored;

    public EditConflictException(Object stored) {
        super("changed by someone else since the form was opened");
        this.stored = stored;
    }

    public Object stored() {
        return stored;
    }
}
