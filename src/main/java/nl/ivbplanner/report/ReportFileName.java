package nl.ivbplanner.report;

import nl.ivbplanner.plan.PlanHeader;
import nl.ivbplanner.planview.FrameworkHeader;

/** The name a saved report gets: municipality, framework and year, so a council member's downloads sort well. */
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
}
