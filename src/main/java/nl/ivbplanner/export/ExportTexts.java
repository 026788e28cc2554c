package nl.ivbplanner.export;

import java.util.Locale;
import org.springframework.context.MessageSource;

/** The user's language for one export: sheet names, column headers and labels come from the message files. */
record ExportTexts(MessageSource messages, Locale locale) {

    String get(String key) {
        return messages.getMessage(key, null, locale);
    }
}
