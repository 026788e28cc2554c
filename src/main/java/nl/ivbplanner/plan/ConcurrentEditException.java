package nl.ivbplanner.plan;

/** A colleague saved the same activity after this form was opened; carries what is stored now. */
public class ConcurrentEditException extends RuntimeException {

    private final transient ActivityForm stored;

    ConcurrentEditException(ActivityForm stored) {
        super("activity changed by someone else");
        this.stored = stored;
    }

    public ActivityForm stored() {
        return stored;
    }
}
