package nl.ivbplanner.framework;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.ivbplanner.common.DutchDates;
import nl.ivbplanner.common.FieldProblem;

/** The council's decision date as a Dutch user types it (dd-mm-jjjj), and the version of the concept seen. */
record FrameworkAdoptForm(
        @NotBlank(message = "{framework.admin.date.required}")
        @Pattern(regexp = DutchDates.PATTERN, message = "{form.date.format}")
        String besluitdatum,

        Long version) {

    /** Empty when the text is not a real date (31-02-2026). */
    Optional<LocalDate> date() {
        return DutchDates.parse(besluitdatum);
    }

    /** A date that does not exist, or a decision the council has not taken yet. */
    List<FieldProblem> problems(LocalDate today) {
        if (besluitdatum == null || !besluitdatum.matches(DutchDates.PATTERN)) {
            return List.of();
        }
        Optional<LocalDate> date = date();
        if (date.isEmpty()) {
            return List.of(new FieldProblem("besluitdatum", "form.date.invalid"));
        }
        return date.get().isAfter(today)
                ? List.of(new FieldProblem("besluitdatum", "framework.admin.date.future"))
                : List.of();
    }
}
