package nl.ivbplanner.report;

import java.math.BigDecimal;
import java.time.LocalDate;

// The rows the report queries return, kept together because each is a few lines.

record ReportHeader(long municipalityId, String municipalitySlug, String municipalityName,
        boolean publishPublicly, long frameworkId, String frameworkSlug, String frameworkTitle, long planId, int year,
        String title, String state, LocalDate adoptedOn, LocalDate evaluatedOn) {

    public boolean concept() {
        return "CONCEPT".equals(state);
    }

    public boolean evaluated() {
        return "GEEVALUEERD".equals(state);
    }
}

record FrameworkReportHeader(long municipalityId, String municipalitySlug, String municipalityName,
        boolean publishPublicly, long frameworkId, String frameworkSlug, String title, String subtitle, int firstYear,
        int lastYear, LocalDate adoptedByCouncilOn, String mission, String vision) {
}

record ReportTheme(long id, Long parentId, String code, String name, String description, String goal, String lead) {

    public String displayName() {
        return code == null ? name : code + ". " + name;
    }
}

record ReportSection(long id, short level, String heading, String body) {

    /** The anchor the table of contents links to. */
    public String anchor() {
        return "tekst-" + id;
    }
}

record ReportActivity(long id, long themeId, String title, String description, String goal, String intendedResult,
        String planning, String status, String resultText, Long objectiveId, String objectiveNumber,
        String objectiveText) {

    /** The activity's own goal is empty but it answers to an objective: the goal cell points to that objective. */
    public boolean goalIsObjective() {
        return goal == null && objectiveId != null;
    }

    /** An activity without a year-end verdict counts as not evaluated, as on the evaluation page. */
    public String verdict() {
        return status == null ? "NOT_EVALUATED" : status;
    }
}

record ReportLegend(String status, String label, String symbol) {
}

record ReportBudgetLine(long tableId, String tableTitle, Long printedTotalCents, String label, Long amountCents,
        String amountText, String remark) {
}

record ReportObjective(long themeId, String number, String text) {
}

/** An activity of a later plan that continues one of this plan's activities. */
record CarriedOver(long fromActivityId, String fromTitle, int year, String planTitle, String title) {
}
