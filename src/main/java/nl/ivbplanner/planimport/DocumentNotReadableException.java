package nl.ivbplanner.planimport;

import java.io.IOException;

/**
 * The upload is not a Word document this reader can open (not a .docx at all, a damaged one, an old .doc). Its
 * message key gives the user a Dutch sentence; the cause is kept for the log.
 */
class DocumentNotReadableException extends IOException {

    static final String MESSAGE_KEY = "import.problem.document.unreadable";

    DocumentNotReadableException(Throwable cause) {
        super("Not a readable .docx document", cause);
    }

    String messageKey() {
        return MESSAGE_KEY;
    }
}
