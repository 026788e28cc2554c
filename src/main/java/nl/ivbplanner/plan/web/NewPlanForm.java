package nl.ivbplanner.plan.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new concept plan: its year (the database's range, 1990-2100), its title, and what it starts from. */
public record NewPlanForm(
        @NotBlank(message = "{plan.new.year.required}")
        @Pattern(regexp = "\\s*(199\\d|20\\d\\d|2100)\\s*", message = "{plan.new.year.format}")
        String jaar,

        @NotBlank(message = "{plan.new.title.required}") @Size(max = 300, message = "{form.too-long}")
        String titel,

        @NotBlank(message = "{plan.new.start.required}") @Pattern(regexp = "LEEG|KADER|VORIG_JAAR")
        String basis) {

    public int year() {
        return Integer.parseInt(jaar.strip());
    }

    public Start start() {
        return Start.valueOf(basis);
    }

    /** What a new plan starts from. */
    public enum Start {
        /** Nothing: the advisor adds themes' activities by hand. */
        LEEG,
        /** The framework's multi-year lines, as this year's activities. */
        KADER,
        /** Last year's unfinished activities (yellow or not evaluated), each linked to its origin. */
        VORIG_JAAR
    }
}
