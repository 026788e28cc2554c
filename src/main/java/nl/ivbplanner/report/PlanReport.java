package nl.ivbplanner.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ivbplanner.budget.FormationTable;
import nl.ivbplanner.kpi.KpiFigures;

/** Everything a plan's report shows; the template picks the uitvoeringsplan or the evaluation layout by state. */
record PlanReport(ReportHeader header, List<ReportSection> sections, List<ThemeTable> themeTables,
        List<KpiFigures> kpis, List<Table<ReportBudgetLine>> budgetTables, List<FormationTable> capacityTables,
        Map<String, ReportLegend> legend, List<CarriedOver> carriedOver, boolean published) {

    /** The verdicts in the order of the legend, for the summary table's columns. */
    static final List<String> VERDICTS = List.of("GREEN", "YELLOW", "RED", "NOT_EVALUATED");

    public List<String> verdicts() {
        return VERDICTS;
    }

    public boolean evaluated() {
        return header.evaluated();
    }

    /** One main theme with its activities; a row names its sub-theme when it belongs to one. */
    record ThemeTable(ReportTheme theme, List<Row> rows) {

        public String anchor() {
            return "thema-" + theme.id();
        }

        public long count(String verdict) {
            return rows.stream().filter(r -> r.activity().verdict().equals(verdict)).count();
        }
    }

    record Row(String subTheme, ReportActivity activity, List<ReportPartner> partners) {
    }

    record Table<T>(long id, String title, List<T> lines) {
    }

    static List<ThemeTable> themeTables(List<ReportTheme> themes, List<ReportActivity> activities,
            List<ReportPartner> partners) {
        Map<Long, ReportTheme> byId = themes.stream().collect(Collectors.toMap(ReportTheme::id, Function.identity()));
        Map<Long, List<ReportPartner>> partnersByActivity = partners.stream()
                .collect(Collectors.groupingBy(ReportPartner::activityId));
        Map<Long, List<Row>> rowsByMainTheme = new LinkedHashMap<>();
        for (ReportActivity activity : activities) {
            ReportTheme theme = byId.get(activity.themeId());
            ReportTheme main = mainTheme(theme, byId);
            rowsByMainTheme.computeIfAbsent(main.id(), id -> new ArrayList<>()).add(new Row(
                    theme == main ? null : theme.displayName(), activity,
                    partnersByActivity.getOrDefault(activity.id(), List.of())));
        }
        return themes.stream().filter(t -> rowsByMainTheme.containsKey(t.id()))
                .map(t -> new ThemeTable(t, rowsByMainTheme.get(t.id()))).toList();
    }

    private static ReportTheme mainTheme(ReportTheme theme, Map<Long, ReportTheme> byId) {
        ReportTheme main = theme;
        while (main.parentId() != null) {
            main = byId.get(main.parentId());
        }
        return main;
    }

    static <T> List<Table<T>> tables(List<T> lines, Function<T, Long> tableId, Function<T, String> title) {
        return lines.stream().collect(Collectors.groupingBy(tableId, LinkedHashMap::new, Collectors.toList()))
                .entrySet().stream()
                .map(e -> new Table<>(e.getKey(), title.apply(e.getValue().get(0)), e.getValue()))
                .toList();
    }
}
