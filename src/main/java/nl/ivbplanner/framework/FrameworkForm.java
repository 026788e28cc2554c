package nl.ivbplanner.framework;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import nl.ivbplanner.common.FieldProblem;

/**
 * A concept framework as advisors write it: title, kind, first and last year (the database's range, 1990-2100), and
 * mission, vision and success factors; a new one may start from the themes of an earlier framework ({@code themasvan},
 * its slug). {@code version} is the one seen, for an edit.
 */
record FrameworkForm(
        @NotBlank(message = "{framework.admin.title.required}") @Size(max = 300, message = "{form.too-long}")
        String titel,

        @NotBlank(message = "{framework.admin.kind.required}")
        @Pattern(
                regexp = "(INTEGRAL_SAFETY|STRATEGIC_SAFETY|UNDERMINING|OTHER)?",
                message = "{framework.admin.kind.required}")
        String soort,

        @NotBlank(message = "{framework.admin.first-year.required}")
        @Pattern(regexp = YEAR, message = "{framework.admin.year.format}")
        String eerstejaar,

        @NotBlank(message = "{framework.admin.last-year.required}")
        @Pattern(regexp = YEAR, message = "{framework.admin.year.format}")
        String laatstejaar,

        @Size(max = 50000, message = "{form.too-long}") String missie,
        @Size(max = 50000, message = "{form.too-long}") String visie,
        @Size(max = 50000, message = "{form.too-long}") String succesfactoren,
        @Size(max = 80, message = "{form.too-long}") String themasvan,
        Long version) {

    /** A blank year passes here, so that only its 'required' message is shown. */
    private static final String YEAR = "\\s*(199\\d|20\\d\\d|2100)?\\s*";

    static FrameworkForm empty() {
        return new FrameworkForm(null, FrameworkKind.INTEGRAL_SAFETY.name(), null, null, null, null, null, null, null);
    }

    static FrameworkForm of(PolicyFramework framework) {
        return new FrameworkForm(
                framework.getTitle(),
                framework.getKind().name(),
                String.valueOf(framework.getFirstYear()),
                String.valueOf(framework.getLastYear()),
                framework.getMission(),
                framework.getVision(),
                framework.getSuccessFactors(),
                null,
                framework.getVersion());
    }

    /** A period that ends before it begins; only asked once both years are valid. */
    List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (lastYear() < firstYear()) {
            problems.add(new FieldProblem("laatstejaar", "framework.admin.last-year.before-first"));
        }
        return problems;
    }

    FrameworkText text() {
        return new FrameworkText(
                titel.strip(),
                FrameworkKind.valueOf(soort),
                firstYear(),
                lastYear(),
                optional(missie),
                optional(visie),
                optional(succesfactoren));
    }

    /** The slug of the framework whose themes a new one starts from, or null for none. */
    String themesFrom() {
        return themasvan == null || themasvan.isBlank() ? null : themasvan.strip();
    }

    private int firstYear() {
        return Integer.parseInt(eerstejaar.strip());
    }

    private int lastYear() {
        return Integer.parseInt(laatstejaar.strip());
    }

    /** An empty text is no text: the framework page leaves the section out. */
    private static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
