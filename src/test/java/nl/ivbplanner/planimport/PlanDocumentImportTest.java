package nl.ivbplanner.planimport;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import nl.ivbplanner.planimport.SeedPlanDocuments.Activity;
import nl.ivbplanner.planimport.SeedPlanDocuments.Plan;
import nl.ivbplanner.planimport.SeedPlanDocuments.Section;
import nl.ivbplanner.support.IvbOwnDatabaseTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A seeded plan written as a municipality's Word document and imported, through the advisor's pages, into an empty
 * concept plan of the next year of its framework: the preview lists every activity and chapter as new without a
 * problem, and after the confirmation the new plan holds every activity (theme, title, texts, planning, its
 * organisations as the document wrote them, in order) and every chapter verbatim. On a database of its own: the
 * imports are committed.
 */
@IvbOwnDatabaseTest
class PlanDocumentImportTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    /**
     * In Rijswijk's document a theme's chapters follow its tables at the theme's own level, and its chapter headings
     * do not all name the theme ('2. Zorg en Veiligheid en Femicide', 'Wie hebben we daarvoor nodig?' of a sub theme):
     * there a chapter is about its source's theme, that theme's main theme, or none.
     */
    @ParameterizedTest
    @CsvSource({
        "wassenaar, ivb-2024-2027, adviseur.wassenaar, true",
        "wassenaar, ondermijning-2025-2028, adviseur.wassenaar, true",
        "rijswijk, strategisch-veiligheidsbeleid-2026-2030, adviseur.rijswijk, false"
    })
    void aSeededPlanAsWordDocumentBecomesTheEmptyConceptOfTheNextYearVerbatim(
            String municipality, String framework, String advisor, boolean headingsNameEveryChapterTheme)
            throws Exception {
        String frameworkPath = "/gemeenten/" + municipality + "/kaders/" + framework;
        Plan source = SeedPlanDocuments.write(jdbc, planId(framework, 2026));
        mvc.perform(post(frameworkPath + "/plannen/nieuw")
                        .with(as(jdbc, advisor))
                        .with(csrf())
                        .param("jaar", "2027")
                        .param("titel", "Uitvoeringsplan 2027")
                        .param("basis", "LEEG"))
                .andExpect(status().is3xxRedirection());
        String plan = frameworkPath + "/plannen/2027";

        String preview = new ImportPages(mvc, jdbc, plan, advisor).preview(source.docx(), "uitvoeringsplan.docx");

        assertThat(preview)
                .doesNotContain("id=\"problemen\"")
                .contains(source.activities().size() + " nieuw, 0 gewijzigd, 0 ongewijzigd, 0 niet meer in het bestand")
                .contains("Nieuwe hoofdstukken (" + source.chapters().size() + ")");
        assertThat(new ImportPages(mvc, jdbc, plan, advisor)
                        .confirm(preview)
                        .getResponse()
                        .getStatus())
                .isEqualTo(302);

        Plan imported = SeedPlanDocuments.write(jdbc, planId(framework, 2027));
        assertThat(imported.activities().stream().map(PlanDocumentImportTest::content))
                .containsExactlyElementsOf(source.activities().stream()
                        .map(PlanDocumentImportTest::content)
                        .toList());
        List<Section> chapters = source.chapters();
        assertThat(imported.sections().stream().map(PlanDocumentImportTest::text))
                .containsExactlyElementsOf(
                        chapters.stream().map(PlanDocumentImportTest::text).toList());
        for (int i = 0; i < chapters.size(); i++) {
            long theme = imported.sections().get(i).themeIdOrZero();
            long expected = chapters.get(i).themeIdOrZero();
            if (headingsNameEveryChapterTheme) {
                assertThat(theme).as(chapters.get(i).heading()).isEqualTo(expected);
            } else {
                SeedPlanDocuments.Theme sourceTheme = source.theme(expected);
                Long main = sourceTheme == null ? null : sourceTheme.parentId();
                assertThat(theme).as(chapters.get(i).heading()).isIn(expected, main == null ? expected : main, 0L);
            }
        }
    }

    @Test
    void theThemesOfItsHeadingsAreAddedToAFrameworkThatLacksThem() throws Exception {
        Plan source = SeedPlanDocuments.write(jdbc, planId("ondermijning-2025-2028", 2026));
        String framework = "/gemeenten/westland/kaders/veiligheidsbeleid-2019-2022";
        String advisor = "adviseur.westland";
        mvc.perform(post(framework + "/plannen/nieuw")
                        .with(as(jdbc, advisor))
                        .with(csrf())
                        .param("jaar", "2022")
                        .param("titel", "Uitvoeringsplan 2022")
                        .param("basis", "LEEG"))
                .andExpect(status().is3xxRedirection());
        String plan = framework + "/plannen/2022";
        String preview = new ImportPages(mvc, jdbc, plan, advisor).preview(source.docx(), "uitvoeringsplan.docx");

        assertThat(preview)
                .doesNotContain("id=\"problemen\"")
                .contains("Nieuwe thema&#39;s in het kader (3)")
                .contains("Spoor 1 Bewustwording &amp; weerbaarheid");
        assertThat(new ImportPages(mvc, jdbc, plan, advisor)
                        .confirm(preview)
                        .getResponse()
                        .getStatus())
                .isEqualTo(302);

        Plan imported = SeedPlanDocuments.write(jdbc, planId("veiligheidsbeleid-2019-2022", 2022));
        assertThat(imported.activities().stream()
                        .map(a -> imported.theme(a.themeId()).heading() + ": " + a.title()))
                .containsExactlyElementsOf(source.activities().stream()
                        .map(a -> source.theme(a.themeId()).heading() + ": " + a.title())
                        .toList());
        assertThat(jdbc.sql("""
                        select t.kind from theme t join policy_framework f on f.id = t.framework_id
                        where f.slug = 'veiligheidsbeleid-2019-2022' and t.name like 'Spoor %'""").query(String.class).list())
                .containsOnly("PRIORITY")
                .hasSize(3);
    }

    /** What the document carries of an activity: all but its status, which a new year's plan does not take over. */
    private static List<Object> content(Activity activity) {
        return List.of(
                activity.themeId(),
                String.valueOf(activity.title()),
                String.valueOf(activity.description()),
                String.valueOf(activity.goal()),
                String.valueOf(activity.intendedResult()),
                String.valueOf(activity.planning()),
                activity.partners());
    }

    private static List<Object> text(Section section) {
        return List.of(section.level(), String.valueOf(section.heading()), section.body());
    }

    private long planId(String framework, int year) {
        return jdbc.sql("""
                        select p.id from execution_plan p join policy_framework f on f.id = p.framework_id
                        where f.slug = ? and p.year = ?""").params(framework, year).query(Long.class).single();
    }
}
