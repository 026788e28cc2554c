package nl.ivbplanner.planview;

import java.util.List;
import java.util.Map;
import nl.ivbplanner.budget.FormationTable;
import nl.ivbplanner.kpi.KpiFigures;

/** Everything the plan page shows, in the order of the printed uitvoeringsplan. */
record PlanView(PlanHeader header, List<SectionRow> sections, List<ThemeTable> themeTables, List<KpiFigures> kpis,
        List<Table<BudgetRow>> budgetTables, List<FormationTable> capacityTables,
        Map<String, LegendRow> legend, List<ThemeRow> themes, List<PartnerOption> partners,
        boolean manager, boolean writer, boolean editable, List<StateChangeRow> stateChanges) {

    public int activityCount() {
        return themeTables.stream().mapToInt(t -> t.rows().size()).sum();
    }

    public boolean evaluated() {
        return "GEEVALUEERD".equals(header.state());
    }

    /** One main theme with its activities; each row names the sub-theme it belongs to, as the THEMA column does. */
    record ThemeTable(ThemeRow theme, List<Row> rows) {
    }

    record Row(String subTheme, ActivityRow activity) {
    }

    record Table<T>(String title, Long printedTotalCents, List<T> lines) {
    }
}
