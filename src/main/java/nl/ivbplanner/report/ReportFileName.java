package nl.ivbplanner.report;

import nl.ivbplanner.plan.PlanHeader;
import nl.ivbplanner.planview.FrameworkHeader;

/**
 * The name a saved report gets: municipality, framework and year, so a council member's downloads sort well. The PDF
 * and the Word document of one report differ only in their extension.
 */
final class ReportFileName {

    private ReportFileName() {}

    static String of(PlanHeader plan) {
        return plan.municipalitySlug() + "-" + plan.frameworkSlug() + "-" + plan.year() + ".pdf";
    }

    static String verantwoording(PlanHeader evaluated) {
        return evaluated.municipalitySlug() + "-" + evaluated.frameworkSlug() + "-verantwoording-" + evaluated.year()
                + ".pdf";
    }

    static String progress(PlanHeader plan) {
        return plan.municipalitySlug() + "-" + plan.frameworkSlug() + "-voortgang-" + plan.year() + ".pdf";
    }

    static String of(FrameworkHeader framework) {
        return framework.municipalitySlug() + "-" + framework.frameworkSlug() + ".pdf";
    }

    static String word(PlanHeader plan) {
        return wordFor(of(plan));
    }

    static String word(FrameworkHeader framework) {
        return wordFor(of(framework));
    }

    /** The Word document's name beside a PDF's. */
    static String wordFor(String pdf) {
        return pdf.substring(0, pdf.length() - ".pdf".length()) + ".docx";
    }
}
