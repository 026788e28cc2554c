package nl.ivbplanner.report;

import java.util.List;
import java.util.Map;
import nl.ivbplanner.evaluation.LegendEntry;
import nl.ivbplanner.formation.FormationTable;
import nl.ivbplanner.kpi.KpiFigures;
import nl.ivbplanner.plan.PlanHeader;
import nl.ivbplanner.planview.BudgetRow;
import nl.ivbplanner.planview.PlanView;
import nl.ivbplanner.planview.SectionRow;

/**
 * Everything a plan's report shows, laid out as on the plan page; the template picks the uitvoeringsplan or the
 * evaluation layout by state.
 */
record PlanReport(
        PlanHeader header,
        List<SectionRow> sections,
        List<PlanView.ThemeTable> themeTables,
        List<KpiFigures> kpis,
        List<PlanView.Table<BudgetRow>> budgetTables,
        List<FormationTable> capacityTables,
        Map<String, LegendEntry> legend,
        List<CarriedOver> carriedOver,
        boolean published) {

    /** The verdicts in the order of the legend, for the summary table's columns. */
    static final List<String> VERDICTS = List.of("GREEN", "YELLOW", "RED", "NOT_EVALUATED");

    public List<String> verdicts() {
        return VERDICTS;
    }

    public boolean evaluated() {
        return header.state().isEvaluated();
    }
}
