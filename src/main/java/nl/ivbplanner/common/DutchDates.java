package nl.ivbplanner.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** Dates as Dutch users type and read them: dd-mm-jjjj. */
public final class DutchDates {

    /** What a date field accepts before it is checked to be a real date. */
    public static final String PATTERN = "\\s*\\d{1,2}-\\d{1,2}-\\d{4}\\s*";

    /** How a date is written back to a user in a message, the way the date fields take it: 28-01-2025. */
    public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd-MM-uuuu");

    private static final DateTimeFormatter DUTCH_DATE =
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT);

    private DutchDates() {}

    /** Empty when the text is not a real date (31-02-2026). */
    public static Optional<LocalDate> parse(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip(), DUTCH_DATE));
        } catch (RuntimeException notADate) {
            return Optional.empty();
        }
    }
}
