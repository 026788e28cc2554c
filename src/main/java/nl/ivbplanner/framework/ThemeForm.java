package nl.ivbplanner.framework;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What the theme form sends. An empty parent makes a main theme; the version (edit only) detects a colleague's
 * save in between.
 */
record ThemeForm(
        @NotBlank(message = "{theme.form.name.required}") @Size(max = 300, message = "{form.too-long}") String name,
        @Size(max = 20, message = "{form.too-long}") String code,
        @NotNull(message = "{theme.form.kind.required}") @Pattern(regexp = "PRIORITY|REGIONAL_PRIORITY|GOING_CONCERN|OTHER|TRACK", message = "{theme.form.kind.required}") String kind,
        @Pattern(regexp = "\\d{0,18}", message = "{theme.form.parent.unknown}") String parent,
        @Pattern(regexp = "[1-5]?", message = "{theme.form.kernbeleid.unknown}") String kernbeleidField,
        @Size(max = 50000, message = "{form.too-long}") String description,
        @Size(max = 50000, message = "{form.too-long}") String goal,
        Long version) {

    static ThemeForm empty(Long parentId) {
        return new ThemeForm(null, null, null, parentId == null ? "" : String.valueOf(parentId), "", null, null, null);
    }

    static ThemeForm of(Theme theme) {
        return new ThemeForm(theme.getName(), theme.getCode(), theme.getKind().name(),
                theme.isMain() ? "" : String.valueOf(theme.getParent().getId()),
                theme.getKernbeleidField() == null ? "" : String.valueOf(theme.getKernbeleidField()),
                theme.getDescription(), theme.getGoal(), theme.getVersion());
    }

    Long parentId() {
        return parent == null || parent.isEmpty() ? null : Long.valueOf(parent);
    }

    ThemeText toText() {
        return new ThemeText(name.strip(), optional(code), ThemeKind.valueOf(kind),
                kernbeleidField == null || kernbeleidField.isEmpty() ? null : Short.valueOf(kernbeleidField),
                optional(description), optional(goal));
    }

    /** Blank is absent; browsers' CRLF line ends are stored as LF, the convention of all stored texts. */
    private static String optional(String text) {
        return text == null || text.isBlank() ? null : text.replace("\r\n", "\n").strip();
    }
}
