package nl.ivbplanner.plan;

/** A lifecycle step that the plan's state does not allow; carries the message key that explains why. */
public class PlanTransitionException extends RuntimeException {

    private final String reasonKey;

    public PlanTransitionException(String reasonKey) {
        super(reasonKey);
        this.reasonKey = reasonKey;
    }

    public String reasonKey() {
        return reasonKey;
    }
}
