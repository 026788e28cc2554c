package nl.ivbplanner.evaluation;

/** Activities cannot be carried over from this plan now; the reason is a message key for the 409 page. */
class CarryOverNotPossibleException extends RuntimeException {

    private final String reasonKey;

    CarryOverNotPossibleException(String reasonKey) {
        super(reasonKey);
        this.reasonKey = reasonKey;
    }

    String reasonKey() {
        return reasonKey;
    }
}
