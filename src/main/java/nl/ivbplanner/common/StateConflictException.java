package nl.ivbplanner.common;

/**
 * A change that the state of what it changes does not allow now (an adopted plan, a closed evaluation, a plan that
 * is not a concept); carries the message key that tells the user why, for the 409 page.
 */
public class StateConflictException extends RuntimeException {

    private final String reasonKey;

    public StateConflictException(String reasonKey) {
        super(reasonKey);
        this.reasonKey = reasonKey;
    }

    public String reasonKey() {
        return reasonKey;
    }
}
