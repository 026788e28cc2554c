package nl.ivbplanner.plantables;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The title of a budget or formation table; the version detects a colleague's rename in between. */
record TableForm(
        @NotBlank(message = "{parts.table.form.title.required}") @Size(max = 300, message = "{form.too-long}")
        String titel,

        Long version) {

    static final TableForm NEW = new TableForm("", null);

    static TableForm of(PlanTable table) {
        return new TableForm(table.getTitle(), table.getVersion());
    }

    String title() {
        return titel.strip();
    }
}
