package nl.ivbplanner.plan.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.ivbplanner.common.DutchDates;
import nl.ivbplanner.common.FieldProblem;

/** The college decision date as a Dutch user types it: dd-mm-jjjj. */
record AdoptForm(
        @NotBlank(message = "{plan.lifecycle.date.required}")
        @Pattern(regexp = DutchDates.PATTERN, message = "{form.date.format}")
        String besluitdatum) {

    /** Empty when the text is not a real date (31-02-2026). */
    Optional<LocalDate> date() {
        return DutchDates.parse(besluitdatum);
    }

    /** A date that does not exist, or a decision the college has not taken yet. */
    List<FieldProblem> problems(LocalDate today) {
        Optional<LocalDate> date = date();
        if (date.isEmpty()) {
            return List.of(new FieldProblem("besluitdatum", "form.date.invalid"));
        }
        return date.get().isAfter(today)
                ? List.of(new FieldProblem("besluitdatum", "plan.lifecycle.date.future"))
                : List.of();
    }
}
