package nl.ivbplanner.plan;

/** The chosen objective is not the plan's or its framework's, or belongs to another theme; the key says which. */
class ObjectiveRejectedException extends RuntimeException {

    private final String messageKey;

    ObjectiveRejectedException(String messageKey) {
        super("objective refused: " + messageKey);
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }
}
