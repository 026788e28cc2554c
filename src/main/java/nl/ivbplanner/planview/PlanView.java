package nl.ivbplanner.planview;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ivbplanner.evaluation.LegendEntry;
import nl.ivbplanner.formation.FormationTable;
import nl.ivbplanner.kpi.KpiFigures;
import nl.ivbplanner.partner.ActivityOrganisation;
import nl.ivbplanner.partner.PartnerMention;
import nl.ivbplanner.plan.PlanHeader;

/**
 * Everything the plan page shows, in the order of the printed uitvoeringsplan; its theme tables and budget tables are
 * laid out the same way in the council report.
 */
public record PlanView(
        PlanHeader header,
        List<SectionRow> sections,
        List<ThemeTable> themeTables,
        List<KpiFigures> kpis,
        List<Table<BudgetRow>> budgetTables,
        List<FormationTable> capacityTables,
        Map<String, LegendEntry> legend,
        List<ThemeRow> themes,
        List<PartnerOption> partners,
        boolean manager,
        boolean writer,
        boolean editable,
        List<StateChangeRow> stateChanges) {

    public int activityCount() {
        return themeTables.stream().mapToInt(t -> t.rows().size()).sum();
    }

    public boolean evaluated() {
        return header.state().isEvaluated();
    }

    /** Whether a shown activity has an interim status: then the tables get a column for it, apart from the verdict. */
    public boolean interim() {
        return themeTables.stream()
                .flatMap(t -> t.rows().stream())
                .anyMatch(r -> r.activity().interimStatus() != null);
    }

    /**
     * One main theme with its activities, in groups: the activities that answer to one objective ('Wat willen we
     * bereiken?') together under it, as the document prints them. Each row names the sub-theme it belongs to, as the
     * THEMA column does. The theme's regie, and that of its sub-themes ('Wie heeft de regie?'), stand above it.
     */
    public record ThemeTable(ThemeRow theme, List<ThemeRow> subThemesWithLead, List<Group> groups) {

        public String anchor() {
            return "thema-" + theme.id();
        }

        public List<Row> rows() {
            return groups.stream().flatMap(g -> g.rows().stream()).toList();
        }

        /** How many of the theme's activities have the verdict (NOT_EVALUATED counts those without one). */
        public long count(String verdict) {
            return rows().stream()
                    .filter(r -> r.activity().verdict().equals(verdict))
                    .count();
        }
    }

    /** The activities of one theme under one objective, or those of a theme without an objective. */
    public record Group(Objective objective, List<Row> rows) {}

    /** An objective as a heading above its activities. */
    public record Objective(long id, String number, String text) {

        public String label() {
            return number == null ? text : number + ". " + text;
        }
    }

    public record Row(String subTheme, ActivityRow activity, List<ActivityOrganisation> partners) {

        /** The activity's own goal is empty but it answers to an objective: the goal cell points to that objective. */
        public boolean goalIsObjective() {
            return activity.goal() == null && activity.objectiveId() != null;
        }
    }

    public record Table<T>(long id, String title, Long printedTotalCents, List<T> lines) {}

    /**
     * The activities per main theme, in the order the query gives them (the document's); consecutive activities of
     * one theme and objective form a group under that objective.
     */
    public static List<ThemeTable> themeTables(
            List<ThemeRow> themes, List<ActivityRow> activities, List<PartnerMention> partners) {
        Map<Long, ThemeRow> byId = themes.stream().collect(Collectors.toMap(ThemeRow::id, Function.identity()));
        Map<Long, List<ActivityOrganisation>> organisations = ActivityOrganisation.perActivity(partners);
        Map<Long, List<Group>> groupsByMainTheme = new LinkedHashMap<>();
        ActivityRow previous = null;
        for (ActivityRow activity : activities) {
            ThemeRow theme = byId.get(activity.themeId());
            ThemeRow main = mainTheme(theme, byId);
            List<Group> groups = groupsByMainTheme.computeIfAbsent(main.id(), id -> new ArrayList<>());
            if (groups.isEmpty()
                    || previous.themeId() != activity.themeId()
                    || !Objects.equals(previous.objectiveId(), activity.objectiveId())) {
                Objective objective = activity.objectiveId() == null
                        ? null
                        : new Objective(activity.objectiveId(), activity.objectiveNumber(), activity.objectiveText());
                groups.add(new Group(objective, new ArrayList<>()));
            }
            String subTheme = theme == main ? null : theme.displayName();
            groups.get(groups.size() - 1)
                    .rows()
                    .add(new Row(subTheme, activity, organisations.getOrDefault(activity.id(), List.of())));
            previous = activity;
        }
        return themes.stream()
                .filter(t -> groupsByMainTheme.containsKey(t.id()))
                .map(t -> new ThemeTable(
                        t,
                        themes.stream()
                                .filter(s -> Long.valueOf(t.id()).equals(s.parentId()) && s.lead() != null)
                                .toList(),
                        groupsByMainTheme.get(t.id())))
                .toList();
    }

    private static ThemeRow mainTheme(ThemeRow theme, Map<Long, ThemeRow> byId) {
        ThemeRow main = theme;
        while (main.parentId() != null) {
            main = byId.get(main.parentId());
        }
        return main;
    }

    /** The budget lines per table, in the order the query gives them. */
    public static List<Table<BudgetRow>> budgetTables(List<BudgetRow> lines) {
        Map<Long, List<BudgetRow>> byTable = lines.stream()
                .collect(Collectors.groupingBy(BudgetRow::tableId, LinkedHashMap::new, Collectors.toList()));
        return byTable.entrySet().stream()
                .map(e -> new Table<>(
                        e.getKey(),
                        e.getValue().get(0).tableTitle(),
                        e.getValue().get(0).printedTotalCents(),
                        e.getValue()))
                .toList();
    }
}
