package nl.ivbplanner.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** The college decision date as a Dutch user types it: dd-mm-jjjj. */
record AdoptForm(@NotBlank(message = "{plan.lifecycle.date.required}")
        @Pattern(regexp = "\\s*\\d{1,2}-\\d{1,2}-\\d{4}\\s*", message = "{form.date.format}") String besluitdatum) {

    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d-M-uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    /** Empty when the text is not a real date (31-02-2026). */
    java.util.Optional<LocalDate> date() {
        try {
            return java.util.Optional.of(LocalDate.parse(besluitdatum.strip(), DUTCH_DATE));
        } catch (RuntimeException e) {
            return java.util.Optional.empty();
        }
    }
}
