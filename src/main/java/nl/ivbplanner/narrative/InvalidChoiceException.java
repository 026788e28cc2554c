package nl.ivbplanner.narrative;

/** A chosen theme or place does not belong to this plan; the message key explains it next to the field. */
class InvalidChoiceException extends RuntimeException {

    private final String field;
    private final String messageKey;

    InvalidChoiceException(String field, String messageKey) {
        super(field + " is not a choice of this plan");
        this.field = field;
        this.messageKey = messageKey;
    }

    String field() {
        return field;
    }

    String messageKey() {
        return messageKey;
    }
}
