package nl.ivbplanner.plan;

/** The partner form's choice cannot be linked; says which field and why, as a message key with arguments. */
class PartnerLinkRejectedException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    PartnerLinkRejectedException(String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    String field() {
        return field;
    }

    String messageKey() {
        return messageKey;
    }

    Object[] arguments() {
        return arguments;
    }
}
