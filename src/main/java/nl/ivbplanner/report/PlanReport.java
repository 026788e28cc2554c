package nl.ivbplanner.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ivbplanner.formation.FormationTable;
import nl.ivbplanner.kpi.KpiFigures;
import nl.ivbplanner.partner.ActivityOrganisation;
import nl.ivbplanner.partner.PartnerMention;

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

    /**
     * One main theme with its activities, in groups: the activities that answer to one objective ('Wat willen we
     * bereiken?') together under it, as the document prints them. A row names its sub-theme when it belongs to one.
     * The theme's regie, and that of its sub-themes ('Wie heeft de regie?'), stand above the table.
     */
    record ThemeTable(ReportTheme theme, List<ReportTheme> subThemesWithLead, List<Group> groups) {

        public String anchor() {
            return "thema-" + theme.id();
        }

        public List<Row> rows() {
            return groups.stream().flatMap(g -> g.rows().stream()).toList();
        }

        public long count(String verdict) {
            return rows().stream().filter(r -> r.activity().verdict().equals(verdict)).count();
        }
    }

    /** The activities of one theme under one objective (its number and text), or of a theme without an objective. */
    record Group(Long objectiveId, String objectiveNumber, String objectiveText, List<Row> rows) {

        public String objectiveLabel() {
            return objectiveNumber == null ? objectiveText : objectiveNumber + ". " + objectiveText;
        }
    }

    record Row(String subTheme, ReportActivity activity, List<ActivityOrganisation> partners) {
    }

    record Table<T>(long id, String title, List<T> lines) {
    }

    static List<ThemeTable> themeTables(List<ReportTheme> themes, List<ReportActivity> activities,
            List<PartnerMention> partners) {
        Map<Long, ReportTheme> byId = themes.stream().collect(Collectors.toMap(ReportTheme::id, Function.identity()));
        Map<Long, List<ActivityOrganisation>> organisations = ActivityOrganisation.perActivity(partners);
        Map<Long, List<Group>> groupsByMainTheme = new LinkedHashMap<>();
        ReportActivity previous = null;
        for (ReportActivity activity : activities) {
            ReportTheme theme = byId.get(activity.themeId());
            ReportTheme main = mainTheme(theme, byId);
            List<Group> groups = groupsByMainTheme.computeIfAbsent(main.id(), id -> new ArrayList<>());
            if (groups.isEmpty() || previous.themeId() != activity.themeId()
                    || !Objects.equals(previous.objectiveId(), activity.objectiveId())) {
                groups.add(new Group(activity.objectiveId(), activity.objectiveNumber(), activity.objectiveText(),
                        new ArrayList<>()));
            }
            groups.get(groups.size() - 1).rows().add(new Row(theme == main ? null : theme.displayName(), activity,
                    organisations.getOrDefault(activity.id(), List.of())));
            previous = activity;
        }
        return themes.stream().filter(t -> groupsByMainTheme.containsKey(t.id()))
                .map(t -> new ThemeTable(t, themes.stream().filter(s -> Long.valueOf(t.id()).equals(s.parentId())
                        && s.lead() != null).toList(), groupsByMainTheme.get(t.id()))).toList();
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
