package nl.ivbplanner.plan.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Optional;
import nl.ivbplanner.common.DutchDates;

/** The college decision date as a Dutch user types it: dd-mm-jjjj. */
record AdoptForm(
        @NotBlank(message = "{plan.lifecycle.date.required}")
        @Pattern(regexp = DutchDates.PATTERN, message = "{form.date.format}")
        String besluitdatum) {

    /** Empty when the text is not a real date (31-02-2026). */
    Optional<LocalDate> date() {
        return DutchDates.parse(besluitdatum);
    }
}
