package nl.ivbplanner.objective;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What the objective form sends; the version (edit only) detects a colleague's save in between. */
record ObjectiveForm(
        @Size(max = 20, message = "{form.too-long}") String number,
        @NotBlank(message = "{objective.form.text.required}") @Size(max = 10000, message = "{form.too-long}") String text,
        @NotNull(message = "{objective.form.theme.required}") @Pattern(regexp = "\\d{1,18}", message = "{objective.form.theme.required}") String theme,
        Long version) {

    static ObjectiveForm empty() {
        return new ObjectiveForm(null, null, null, null);
    }

    static ObjectiveForm of(Objective objective) {
        return new ObjectiveForm(objective.getNumber(), objective.getText(), String.valueOf(objective.getTheme().getId()),
                objective.getVersion());
    }

    long themeId() {
        return Long.parseLong(theme);
    }

    String numberOrNull() {
        return number == null || number.isBlank() ? null : number.strip();
    }

    String strippedText() {
        return text.replace("\r\n", "\n").strip();
    }
}
