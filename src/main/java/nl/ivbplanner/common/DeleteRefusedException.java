package nl.ivbplanner.common;

/**
 * A row cannot be deleted because other rows still use it; carries the content of its delete page, which lists
 * what uses it, so the page can explain the refusal instead of deleting.
 */
public class DeleteRefusedException extends RuntimeException {

    private final transient Object deletePage;

    public DeleteRefusedException(Object deletePage) {
        super("still in use");
        this.deletePage = deletePage;
    }

    public Object deletePage() {
        return deletePage;
    }
}
