package nl.ivbplanner.planview;

import java.util.List;
import java.util.Map;
import nl.ivbplanner.kpi.KpiFigures;

/** Everything the framework page shows: the council's multi-year policy with its themes, lines and plans. */
public record FrameworkView(
        FrameworkHeader header,
        List<SectionRow> sections,
        List<ThemeBlock> themes,
        List<KpiFigures> kpis,
        List<PlanView.Table<BudgetRow>> budgetTables,
        List<PlanLink> plans,
        boolean canCreatePlan,
        boolean canAdopt) {

    /** A main theme with its sub-themes, goals and multi-year lines (hoofdlijnen, aanpak, bestaande activiteiten). */
    public record ThemeBlock(
            ThemeRow theme, List<ThemeRow> subThemes, List<ObjectiveRow> objectives, List<PlanView.Row> lines) {

        public String anchor() {
            return "thema-" + theme.id();
        }

        /** The goals of one theme of the block: the main theme's own, or a sub-theme's, as the document groups them. */
        public List<ObjectiveRow> objectivesOf(ThemeRow of) {
            return objectives.stream().filter(o -> o.themeId() == of.id()).toList();
        }
    }

    public static List<ThemeBlock> themeBlocks(
            List<ThemeRow> themes, List<ObjectiveRow> objectives, List<PlanView.ThemeTable> lineTables) {
        Map<Long, List<PlanView.Row>> linesByTheme = lineTables.stream()
                .collect(java.util.stream.Collectors.toMap(t -> t.theme().id(), PlanView.ThemeTable::rows));
        return themes.stream()
                .filter(t -> t.parentId() == null)
                .map(main -> {
                    List<ThemeRow> subThemes = themes.stream()
                            .filter(t -> Long.valueOf(main.id()).equals(t.parentId()))
                            .toList();
                    List<ObjectiveRow> goals = objectives.stream()
                            .filter(o -> o.themeId() == main.id()
                                    || subThemes.stream().anyMatch(s -> s.id() == o.themeId()))
                            .toList();
                    return new ThemeBlock(main, subThemes, goals, linesByTheme.getOrDefault(main.id(), List.of()));
                })
                .toList();
    }
}
