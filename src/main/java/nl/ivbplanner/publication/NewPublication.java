package nl.ivbplanner.publication;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import nl.ivbplanner.evaluation.LegendEntry;
import nl.ivbplanner.plan.PlanState;

/**
 * A version about to be published: the rendered files, the legend they were rendered with, and who publishes it
 * (a user's name, or 'systeem' for a seeded plan published on its first read, then without user id).
 *
 * @param styleSources the CSP source expressions ('sha256-…') that let the HTML's inlined style elements apply
 * @param docx null where no Word file is rendered
 */
public record NewPublication(
        long planId,
        DocumentType document,
        int number,
        Audience audience,
        PlanState kind,
        LocalDate decidedOn,
        String title,
        String html,
        byte[] pdf,
        byte[] docx,
        List<String> styleSources,
        List<LegendEntry> legend,
        String publishedBy,
        Long publishedByUserId) {

    /** Who publishes the version of a seeded plan, which nobody adopted in the application. */
    public static final String SYSTEM = "systeem";

    public NewPublication {
        if (kind.isConcept()) {
            throw new IllegalArgumentException("A concept is never published");
        }
        if (document == DocumentType.VERANTWOORDING && !kind.isEvaluated()) {
            throw new IllegalArgumentException("Only an evaluated plan has a verantwoording");
        }
    }

    byte[] htmlBytes() {
        return html.getBytes(StandardCharsets.UTF_8);
    }
}
