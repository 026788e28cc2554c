package nl.ivbplanner.report;

import java.util.List;
import java.util.Map;
import nl.ivbplanner.evaluation.LegendEntry;
import nl.ivbplanner.formation.FormationTable;
import nl.ivbplanner.kpi.KpiFigures;
import nl.ivbplanner.plan.PlanHeader;
import nl.ivbplanner.planview.BudgetRow;
import nl.ivbplanner.planview.PlanView;

/**
 * Everything a plan's report shows: its narrative and theme tables in the document's order ({@link ReportFlow}),
 * then its KPIs, budget and formation, and for an evaluation the summary, the legend and what was carried over.
 * {@code mode} is 'plan' (the uitvoeringsplan), 'evaluation' (the year-end verdicts) or 'progress' (the
 * voortgangsrapportage: the interim statuses of an adopted plan). {@code withheld}: this published report left out
 * sections marked 'niet openbaar', which the council's rendering has. {@code dashboard}: the progress report's charts and
 * their tables; null in the other modes.
 */
record PlanReport(
        PlanHeader header,
        String mode,
        ReportFlow flow,
        List<PlanView.ThemeTable> themeTables,
        List<KpiFigures> kpis,
        List<PlanView.Table<BudgetRow>> budgetTables,
        List<FormationTable> capacityTables,
        Map<String, LegendEntry> legend,
        List<CarriedOver> carriedOver,
        boolean published,
        boolean withheld,
        ProgressDashboard dashboard) {

    static final String PLAN = "plan";
    static final String EVALUATION = "evaluation";
    static final String PROGRESS = "progress";

    /** The verdicts in the order of the legend, for the summary table's columns and the legend block. */
    static final List<String> VERDICTS = List.of("GREEN", "YELLOW", "RED", "NOT_EVALUATED");

    public List<String> verdicts() {
        return VERDICTS;
    }

    /** The same report with its dashboard part. */
    PlanReport withDashboard(ProgressDashboard part) {
        return new PlanReport(
                header,
                mode,
                flow,
                themeTables,
                kpis,
                budgetTables,
                capacityTables,
                legend,
                carriedOver,
                published,
                withheld,
                part);
    }

    public boolean evaluated() {
        return EVALUATION.equals(mode);
    }

    public boolean progress() {
        return PROGRESS.equals(mode);
    }

    /** The address part of this report below the plan: 'rapport' or 'voortgang'. */
    public String page() {
        return progress() ? "voortgang" : "rapport";
    }

    /** How many activities of a theme have the interim status (NOT_EVALUATED counts those without one). */
    public long interimCount(PlanView.ThemeTable table, String status) {
        return table.rows().stream()
                .filter(r -> status.equals(
                        r.activity().interimStatus() == null
                                ? "NOT_EVALUATED"
                                : r.activity().interimStatus()))
                .count();
    }
}
