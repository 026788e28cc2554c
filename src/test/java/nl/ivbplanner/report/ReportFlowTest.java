package nl.ivbplanner.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.ivbplanner.planview.ActivityRow;
import nl.ivbplanner.planview.PlanView;
import nl.ivbplanner.planview.SectionRow;
import nl.ivbplanner.planview.ThemeRow;
import org.junit.jupiter.api.Test;

/** The document order and heading levels of a report's parts, without Spring or a database. */
class ReportFlowTest {

    static final ThemeRow BUURT = theme(1, null, "Buurt");
    static final ThemeRow ZORG = theme(2, null, "Zorg");
    static final ThemeRow LOKALE_KAMER = theme(3, 2L, "Lokale kamer");
    static final ThemeRow LEEF = theme(4, null, "Leefbaarheid");
    static final List<ThemeRow> THEMES = List.of(BUURT, ZORG, LOKALE_KAMER, LEEF);

    @Test
    void wassenaarsEvaluationTablesFollowTheirChapterExtrasFollowTheirTableAnnexesComeLast() {
        List<SectionRow> sections = List.of(
                section(10, null, 1, "Evaluatie (deel 1)"),
                section(11, BUURT, 2, "Extra activiteit"),
                section(12, BUURT, 2, "Extra activiteit"),
                section(13, LOKALE_KAMER, 1, "Bijlage 1: Lokale Kamer"),
                section(14, LOKALE_KAMER, 2, "Cijfers"));
        ReportFlow flow = ReportFlow.of(7, PlanReport.EVALUATION, sections, THEMES, tables(BUURT, ZORG, LEEF))
                .withLevels(2);

        assertThat(names(flow.body()))
                .containsExactly(
                        "h2 Evaluatie (deel 1)",
                        "h3 table Buurt",
                        "h3 Extra activiteit",
                        "h3 Extra activiteit",
                        "h3 table Zorg",
                        "h3 table Leefbaarheid");
        assertThat(names(flow.annexes())).containsExactly("h2 Bijlage 1: Lokale Kamer", "h3 Cijfers");
    }

    @Test
    void aChapterOfAThemeHoldsItsTableAndASubParagraphSkipsNoLevel() {
        // Rijswijk: '2. Zorg' (chapter), 'Wie hebben we daarvoor nodig?' (stored as level 3), 'KPI's' (level 2)
        List<SectionRow> sections = List.of(
                section(20, null, 1, "1. Inleiding"),
                section(21, ZORG, 1, "2. Zorg"),
                section(22, LOKALE_KAMER, 3, "Wie hebben we daarvoor nodig?"),
                section(23, ZORG, 2, "KPI's"),
                section(24, null, 1, "3. Financiën"));
        ReportFlow flow = ReportFlow.of(7, PlanReport.PLAN, sections, THEMES, tables(ZORG))
                .withLevels(2);

        assertThat(names(flow.body()))
                .containsExactly(
                        "h2 1. Inleiding",
                        "h2 2. Zorg",
                        "h3 table Zorg",
                        "h3 Wie hebben we daarvoor nodig?",
                        "h3 KPI's",
                        "h2 3. Financiën");
    }

    @Test
    void theLastHighestSectionOfAThemeIsWhereItsTableGoes() {
        // the ondermijningsaanpak: the 2025 evaluation of 'spoor 1' first, the 2026 plan's 'Spoor 1' heads the table
        List<SectionRow> sections = List.of(
                section(30, null, 1, "1. Jaarevaluatie"),
                section(31, BUURT, 2, "spoor 1: evaluatie"),
                section(32, BUURT, 3, "Meldroutes"),
                section(33, null, 1, "2. Uitvoeringsplan 2026"),
                section(34, BUURT, 2, "Spoor 1"));
        ReportFlow flow = ReportFlow.of(7, PlanReport.PLAN, sections, THEMES, tables(BUURT))
                .withLevels(2);

        assertThat(names(flow.body()))
                .containsExactly(
                        "h2 1. Jaarevaluatie",
                        "h3 spoor 1: evaluatie",
                        "h4 Meldroutes",
                        "h2 2. Uitvoeringsplan 2026",
                        "h3 Spoor 1",
                        "h3 table Buurt");
    }

    private static List<String> names(List<ReportFlow.Part> parts) {
        List<String> names = new ArrayList<>();
        for (ReportFlow.Part part : parts) {
            if (part instanceof ReportFlow.Text t) {
                names.add("h" + t.level() + " " + t.section().heading());
            } else if (part instanceof ReportFlow.Themes t) {
                names.add("h" + t.level() + " table " + t.table().theme().name());
            }
        }
        return names;
    }

    private static List<PlanView.ThemeTable> tables(ThemeRow... themes) {
        List<ActivityRow> activities = new ArrayList<>();
        for (ThemeRow theme : themes) {
            activities.add(new ActivityRow(
                    100 + theme.id(),
                    theme.id(),
                    "ACTIVITY",
                    "Activiteit " + theme.name(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null));
        }
        return PlanView.themeTables(THEMES, activities, List.of());
    }

    private static SectionRow section(long id, ThemeRow theme, int level, String heading) {
        return new SectionRow(id, theme == null ? null : theme.id(), (short) level, heading, "Tekst.", false);
    }

    private static ThemeRow theme(long id, Long parentId, String name) {
        return new ThemeRow(id, parentId, null, name, "PRIORITY", null, null, null, null, (int) id);
    }
}
