package nl.ivbplanner.report;

/** The name a saved report gets: municipality, framework and year, so a council member's downloads sort well. */
final class ReportFileName {

    private ReportFileName() {
    }

    static String of(ReportHeader plan) {
        return plan.municipalitySlug() + "-" + plan.frameworkSlug() + "-" + plan.year() + ".pdf";
    }

    static String of(FrameworkReportHeader framework) {
        return framework.municipalitySlug() + "-" + framework.frameworkSlug() + ".pdf";
    }
}
