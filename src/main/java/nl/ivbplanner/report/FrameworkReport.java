package nl.ivbplanner.report;

import java.util.List;
import nl.ivbplanner.kpi.KpiFigures;

/** A framework's report: mission, vision, themes with their sub-themes and goals, and its indicators. */
record FrameworkReport(FrameworkReportHeader header, List<ThemeBlock> themes, List<KpiFigures> kpis,
        boolean published) {

    record ThemeBlock(ReportTheme theme, List<ReportTheme> subThemes, List<ReportObjective> objectives) {

        public String anchor() {
            return "thema-" + theme.id();
        }
    }

    static List<ThemeBlock> themeBlocks(List<ReportTheme> themes, List<ReportObjective> objectives) {
        return themes.stream().filter(t -> t.parentId() == null).map(main -> {
            List<ReportTheme> subThemes = themes.stream()
                    .filter(t -> Long.valueOf(main.id()).equals(t.parentId())).toList();
            List<ReportObjective> goals = objectives.stream()
                    .filter(o -> o.themeId() == main.id() || subThemes.stream().anyMatch(s -> s.id() == o.themeId()))
                    .toList();
            return new ThemeBlock(main, subThemes, goals);
        }).toList();
    }
}
