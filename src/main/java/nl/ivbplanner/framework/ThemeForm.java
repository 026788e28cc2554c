package nl.ivbplanner.framework;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What the theme form sends: name, code, kind, main theme (hoofdthema), Kernbeleid Veiligheid field, description
 * and goal. An empty main theme makes a main theme; the version (edit only) detects a colleague's
 * save in between.
 */
record ThemeForm(
        @NotBlank(message = "{theme.form.name.required}") @Size(max = 300, message = "{form.too-long}")
        String naam,

        @Size(max = 20, message = "{form.too-long}") String code,

        @NotNull(message = "{theme.form.kind.required}")
        @Pattern(
                regexp = "PRIORITY|REGIONAL_PRIORITY|GOING_CONCERN|OTHER|TRACK",
                message = "{theme.form.kind.required}")
        String soort,

        @Pattern(regexp = "\\d{0,18}", message = "{theme.form.parent.unknown}")
        String hoofdthema,

        @Pattern(regexp = "[1-5]?", message = "{theme.form.kernbeleid.unknown}")
        String kernbeleidveld,

        @Size(max = 50000, message = "{form.too-long}") String omschrijving,
        @Size(max = 50000, message = "{form.too-long}") String doel,
        Long version) {

    static ThemeForm empty(Long parentId) {
        return new ThemeForm(null, null, null, parentId == null ? "" : String.valueOf(parentId), "", null, null, null);
    }

    static ThemeForm of(Theme theme) {
        return new ThemeForm(
                theme.getName(),
                theme.getCode(),
                theme.getKind().name(),
                theme.isMain() ? "" : String.valueOf(theme.getParent().getId()),
                theme.getKernbeleidField() == null ? "" : String.valueOf(theme.getKernbeleidField()),
                theme.getDescription(),
                theme.getGoal(),
                theme.getVersion());
    }

    Long parentId() {
        return hoofdthema == null || hoofdthema.isEmpty() ? null : Long.valueOf(hoofdthema);
    }

    ThemeText toText() {
        return new ThemeText(
                naam.strip(),
                optional(code),
                ThemeKind.valueOf(soort),
                kernbeleidveld == null || kernbeleidveld.isEmpty() ? null : Short.valueOf(kernbeleidveld),
                optional(omschrijving),
                optional(doel));
    }

    /** Blank is absent; browsers' CRLF line ends are stored as LF, the convention of all stored texts. */
    private static String optional(String text) {
        return text == null || text.isBlank()
                ? null
                : text.replace("\r\n", "\n").strip();
    }
}
