package nl.ivbplanner.objective;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What the objective form sends (number, text, theme); the version (edit only) detects a colleague's save in between. */
record ObjectiveForm(
        @Size(max = 20, message = "{form.too-long}") String nummer,

        @NotBlank(message = "{objective.form.text.required}") @Size(max = 10000, message = "{form.too-long}")
        String tekst,

        @NotNull(message = "{objective.form.theme.required}")
        @Pattern(regexp = "\\d{1,18}", message = "{objective.form.theme.required}")
        String thema,

        Long version) {

    static ObjectiveForm empty() {
        return new ObjectiveForm(null, null, null, null);
    }

    static ObjectiveForm of(Objective objective) {
        return new ObjectiveForm(
                objective.getNumber(),
                objective.getText(),
                String.valueOf(objective.getTheme().getId()),
                objective.getVersion());
    }

    long themeId() {
        return Long.parseLong(thema);
    }

    String numberOrNull() {
        return nummer == null || nummer.isBlank() ? null : nummer.strip();
    }

    String strippedText() {
        return tekst.replace("\r\n", "\n").strip();
    }
}
