package nl.ivbplanner.planview;

import java.util.List;
import java.util.Map;
import nl.ivbplanner.formation.FormationTable;
import nl.ivbplanner.kpi.KpiFigures;
import nl.ivbplanner.partner.ActivityOrganisation;

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

    /** Whether a shown activity has an interim status: then the tables get a column for it, apart from the verdict. */
    public boolean interim() {
        return themeTables.stream().flatMap(t -> t.rows().stream()).anyMatch(r -> r.activity().interimStatus() != null);
    }

    /**
     * One main theme with its activities, in groups: the activities that answer to one objective ('Wat willen we
     * bereiken?') together under it, as the document prints them. Each row names the sub-theme it belongs to, as the
     * THEMA column does. The theme's regie, and that of its sub-themes ('Wie heeft de regie?'), stand above it.
     */
    record ThemeTable(ThemeRow theme, List<ThemeRow> subThemesWithLead, List<Group> groups) {

        public List<Row> rows() {
            return groups.stream().flatMap(g -> g.rows().stream()).toList();
        }
    }

    /** The activities of one theme under one objective, or those of a theme without an objective. */
    record Group(Objective objective, List<Row> rows) {
    }

    /** An objective as a heading above its activities. */
    record Objective(long id, String number, String text) {

        public String label() {
            return number == null ? text : number + ". " + text;
        }
    }

    record Row(String subTheme, ActivityRow activity, List<ActivityOrganisation> partners) {

        /** The activity's own goal is empty but it answers to an objective: the goal cell points to that objective. */
        public boolean goalIsObjective() {
            return activity.goal() == null && activity.objectiveId() != null;
        }
    }

    record Table<T>(String title, Long printedTotalCents, List<T> lines) {
    }
}
