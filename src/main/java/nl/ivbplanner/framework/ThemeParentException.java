package nl.ivbplanner.framework;

/** The chosen parent would break the one-level theme tree; the message key explains why next to the field. */
class ThemeParentException extends RuntimeException {

    private final String messageKey;

    ThemeParentException(String messageKey) {
        super("parent refused: " + messageKey);
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }
}
