package nl.ivbplanner.activity.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import nl.ivbplanner.activity.Activity;
import nl.ivbplanner.common.DutchDates;
import nl.ivbplanner.common.FieldProblem;

/**
 * Who answers for the activity (an account's id, empty for nobody) and by when (dd-mm-jjjj, empty for no date), as the
 * user saw the activity at {@code version}.
 */
public record AssignmentForm(
        @Pattern(regexp = "\\d{0,18}", message = "{activity.assignment.person.unknown}")
        String verantwoordelijke,

        @Pattern(regexp = "(" + DutchDates.PATTERN + ")?", message = "{form.date.format}")
        String uiterlijk,

        @NotNull Long version) {

    public static AssignmentForm of(Activity activity) {
        return new AssignmentForm(
                activity.getResponsibleUserId() == null
                        ? ""
                        : activity.getResponsibleUserId().toString(),
                activity.getDeadline() == null ? "" : activity.getDeadline().format(DutchDates.FORMAT),
                activity.getVersion());
    }

    public Long userId() {
        return verantwoordelijke == null || verantwoordelijke.isBlank() ? null : Long.valueOf(verantwoordelijke);
    }

    /** Null when no date was given; see {@link #problems} for one that does not exist. */
    public LocalDate deadline() {
        return uiterlijk == null || uiterlijk.isBlank()
                ? null
                : DutchDates.parse(uiterlijk).orElse(null);
    }

    /** A date that does not exist (31-02-2026). */
    public List<FieldProblem> problems() {
        return uiterlijk != null && !uiterlijk.isBlank() && deadline() == null
                ? List.of(new FieldProblem("uiterlijk", "form.date.invalid"))
                : List.of();
    }
}
