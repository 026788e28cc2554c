package nl.ivbplanner.activity;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import nl.ivbplanner.support.IvbIntegrationTest;
import nl.ivbplanner.support.SqlStatementCounter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Editing an activity of Wassenaar's concept plan 2026; every test puts the seeded texts back. */
@IvbIntegrationTest
class ActivityEditTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SqlStatementCounter counter;

    long concept;
    Map<String, Object> original;

    @BeforeEach
    void pickAConceptActivity() {
        concept = jdbc.sql("""
                select min(a.id) from activity a join execution_plan p on p.id = a.plan_id
                join policy_framework f on f.id = p.framework_id where f.slug = 'ivb-2024-2027' and p.state = 'CONCEPT'""").query(Long.class).single();
        original = jdbc.sql(
                        "select title, description, goal, intended_result, planning, theme_id, position from activity where id = ?")
                .param(concept)
                .query()
                .singleRow();
    }

    @AfterEach
    void restoreTheSeededTexts() {
        jdbc.sql("""
                update activity set title = :title, description = :description, goal = :goal,
                    intended_result = :intended_result, planning = :planning,
                    theme_id = :theme_id, position = :position where id = :id""").params(original).param("id", concept).update();
    }

    @Test
    void advisorSavesAndTheHistoryShowsOldAndNewWithTheirName() throws Exception {
        mvc.perform(edit("adviseur.wassenaar", concept, "Nieuwe titel", "Doel met € en ‘aanhalingstekens’", version()))
                .andExpect(redirectedUrl("/gemeenten/wassenaar/activiteiten/" + concept))
                .andExpect(flash().attribute("message", "activity.form.saved"));
        assertThat(jdbc.sql("select title, goal from activity where id = ?")
                        .param(concept)
                        .query()
                        .singleRow())
                .containsEntry("title", "Nieuwe titel")
                .containsEntry("goal", "Doel met € en ‘aanhalingstekens’");
        mvc.perform(get("/gemeenten/wassenaar/activiteiten/{id}", concept).with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(content().string(containsString("Nieuwe titel")))
                .andExpect(content().string(containsString("adviseur.wassenaar")));
    }

    @Test
    void anEmptyTitleIsExplainedNextToTheFieldAndKeepsTheInput() throws Exception {
        mvc.perform(edit("adviseur.wassenaar", concept, "  ", "Mijn nieuwe doel", version()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vul de activiteit in.")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")))
                .andExpect(content().string(containsString("aria-describedby=\"titel-fout\"")))
                .andExpect(content().string(containsString("href=\"#titel\"")))
                .andExpect(content().string(containsString("Mijn nieuwe doel")));
        assertThat(jdbc.sql("select title from activity where id = ?")
                        .param(concept)
                        .query(String.class)
                        .single())
                .isEqualTo(original.get("title"));
    }

    @Test
    void aTooLongTextGetsAClearLimit() throws Exception {
        mvc.perform(edit("adviseur.wassenaar", concept, "Titel", "Doel", version())
                        .param("planning", "x".repeat(301)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Gebruik hoogstens 300 tekens.")));
    }

    @Test
    void aColleaguesSaveInBetweenIsDetectedAndNothingIsOverwritten() throws Exception {
        long opened = version();
        mvc.perform(edit("manager.wassenaar", concept, "Versie van de collega", "Doel van de collega", opened))
                .andExpect(status().is3xxRedirection());
        mvc.perform(edit("adviseur.wassenaar", concept, "Mijn versie", "Mijn doel", opened))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Een collega heeft deze activiteit opgeslagen")))
                .andExpect(content().string(containsString("Mijn doel")))
                .andExpect(content().string(containsString("Doel van de collega")))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + version() + "\"")));
        assertThat(jdbc.sql("select title from activity where id = ?")
                        .param(concept)
                        .query(String.class)
                        .single())
                .isEqualTo("Versie van de collega");
    }

    /** A refusal because of the plan's state says so; the edit-conflict wording is only for a colleague's save. */
    @Test
    void anEditOfAnEvaluatedPlanIsRefusedForThePlansStateNotAsAConflict() throws Exception {
        long evaluated = jdbc.sql("""
                select min(a.id) from activity a join execution_plan p on p.id = a.plan_id
                join policy_framework f on f.id = p.framework_id where f.slug = 'ivb-2024-2027' and p.state = 'GEEVALUEERD'""").query(Long.class).single();
        long version = jdbc.sql("select version from activity where id = ?")
                .param(evaluated)
                .query(Long.class)
                .single();
        mvc.perform(edit("adviseur.wassenaar", evaluated, "Te laat", "Doel", version))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Niet mogelijk in deze fase van het plan")))
                .andExpect(content().string(containsString("Dit plan is vastgesteld of geëvalueerd")))
                .andExpect(content().string(not(containsString("Iemand anders heeft dit intussen gewijzigd"))));
    }

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource({
        "adviseur.wassenaar, wassenaar, 200",
        "manager.wassenaar, wassenaar, 200",
        "beheerder, wassenaar, 200",
        "raadslid.wassenaar, wassenaar, 403",
        "adviseur.rijswijk, wassenaar, 403",
        "adviseur.rijswijk, rijswijk, 404"
    })
    void checksWhoMayEditOnEveryRequest(String username, String slug, int expected) throws Exception {
        mvc.perform(get("/gemeenten/{m}/activiteiten/{id}/bewerken", slug, concept)
                        .with(as(jdbc, username)))
                .andExpect(status().is(expected));
        int expectedPost = expected == 200 ? 302 : expected;
        mvc.perform(edit(username, slug, concept, "Poging", "Poging", version()))
                .andExpect(status().is(expectedPost));
        if (expected != 200) {
            assertThat(jdbc.sql("select title from activity where id = ?")
                            .param(concept)
                            .query(String.class)
                            .single())
                    .isEqualTo(original.get("title"));
        }
    }

    @Test
    void anAdoptedPlanCannotBeEdited() throws Exception {
        long adopted = jdbc.sql("""
                select min(a.id) from activity a join execution_plan p on p.id = a.plan_id
                join policy_framework f on f.id = p.framework_id where f.slug = 'ivb-2024-2027' and p.year = 2025""").query(Long.class).single();
        mvc.perform(get("/gemeenten/wassenaar/activiteiten/{id}/bewerken", adopted)
                        .with(as(jdbc, "manager.wassenaar")))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("kan niet meer worden gewijzigd")));
    }

    @Test
    void aPostWithoutCsrfTokenChangesNothing() throws Exception {
        mvc.perform(post("/gemeenten/wassenaar/activiteiten/{id}/bewerken", concept)
                        .with(as(jdbc, "adviseur.wassenaar"))
                        .param("titel", "Vervalst")
                        .param("version", String.valueOf(version())))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select title from activity where id = ?")
                        .param(concept)
                        .query(String.class)
                        .single())
                .isEqualTo(original.get("title"));
    }

    @Test
    void theFormAndItsSaveRunAFixedNumberOfStatements() throws Exception {
        var advisor = as(jdbc, "adviseur.wassenaar");
        int form = counter.count(() -> mvc.perform(get("/gemeenten/wassenaar/activiteiten/{id}/bewerken", concept)
                        .with(advisor))
                .andExpect(status().isOk()));
        // municipality, activity with its plan, the framework's themes, the plan's and framework's objectives, and
        // the header's municipality switcher
        assertThat(form).isEqualTo(5);
        var save = edit("adviseur.wassenaar", concept, "Titel", "Doel", version());
        int saved = counter.count(() -> mvc.perform(save).andExpect(status().is3xxRedirection()));
        // the plan's row locked first, the same lookups, the theme check, the objectives, the update, and Envers'
        // revision number, revision row and audit row
        assertThat(saved).isEqualTo(10);
    }

    @Test
    void anActivityMovesToAnotherThemeOfItsFrameworkButNotToAnotherFrameworks() throws Exception {
        long otherTheme =
                jdbc.sql("""
                select min(t.id) from theme t join policy_framework f on f.id = t.framework_id
                where f.slug = 'ivb-2024-2027' and t.id <> ?""").param(original.get("theme_id")).query(Long.class).single();
        mvc.perform(editUnder(otherTheme, "Titel")).andExpect(status().is3xxRedirection());
        assertThat(themeOf(concept)).isEqualTo(otherTheme);

        long rijswijkTheme =
                theme("strategisch-veiligheidsbeleid-2026-2030", "Cybercrime en gedigitaliseerde criminaliteit");
        mvc.perform(editUnder(rijswijkTheme, "Andere titel"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kies het thema van de activiteit.")))
                .andExpect(content().string(containsString("Andere titel")));
        assertThat(themeOf(concept)).isEqualTo(otherTheme);
    }

    @Test
    void theOrderButtonsShowOnlyWhenAskedFor() throws Exception {
        String plan = "/gemeenten/wassenaar/kaders/ivb-2024-2027/plannen/2026";
        mvc.perform(get(plan).with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(content().string(containsString("Volgorde wijzigen")))
                .andExpect(content().string(not(containsString("/omhoog"))));
        mvc.perform(get(plan).param("volgorde", "true").with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(content().string(containsString("/activiteiten/" + firstOfAPair() + "/omlaag")))
                .andExpect(content().string(containsString("Klaar met de volgorde")));
    }

    @Test
    void upAndDownSwapAnActivityWithItsNeighbourOfTheSameTheme() throws Exception {
        List<Long> before = themeOrder(firstOfAPair());
        assertThat(before).hasSizeGreaterThan(1);
        long first = before.get(0);
        long second = before.get(1);
        mvc.perform(post("/gemeenten/wassenaar/activiteiten/{id}/omlaag", first)
                        .with(as(jdbc, "adviseur.wassenaar"))
                        .with(csrf()))
                .andExpect(redirectedUrl(
                        "/gemeenten/wassenaar/kaders/ivb-2024-2027/plannen/2026?volgorde=true#activiteit-" + first));
        assertThat(themeOrder(first).subList(0, 2)).containsExactly(second, first);
        mvc.perform(post("/gemeenten/wassenaar/activiteiten/{id}/omhoog", first)
                        .with(as(jdbc, "adviseur.wassenaar"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(themeOrder(first)).isEqualTo(before);
        // the first one cannot go further up: nothing changes
        mvc.perform(post("/gemeenten/wassenaar/activiteiten/{id}/omhoog", first)
                        .with(as(jdbc, "adviseur.wassenaar"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(themeOrder(first)).isEqualTo(before);
        mvc.perform(post("/gemeenten/wassenaar/activiteiten/{id}/omlaag", first)
                        .with(as(jdbc, "raadslid.wassenaar"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(themeOrder(first)).isEqualTo(before);
    }

    private MockHttpServletRequestBuilder editUnder(long theme, String title) {
        return post("/gemeenten/wassenaar/activiteiten/{id}/bewerken", concept)
                .with(as(jdbc, "adviseur.wassenaar"))
                .with(csrf())
                .param("thema", String.valueOf(theme))
                .param("titel", title)
                .param("version", String.valueOf(version()));
    }

    /**
     * The activities of the plan under the same theme as this one, in page order. Themes keep their tree order, so an
     * activity moves only among the activities of its own (sub-)theme.
     */
    private List<Long> themeOrder(long activityId) {
        return jdbc.sql("""
                select a.id from activity a
                where a.plan_id = (select plan_id from activity where id = :id)
                  and a.theme_id = (select theme_id from activity where id = :id)
                order by a.position, a.id""").param("id", activityId).query(Long.class).list();
    }

    /** The first activity of Wassenaar's concept plan 2026 whose theme has a second one: 'Overlegstructuur jeugd'. */
    private long firstOfAPair() {
        return jdbc.sql("""
                select min(a.id) from activity a where a.plan_id = (select plan_id from activity where id = ?)
                  and (select count(*) from activity b where b.plan_id = a.plan_id and b.theme_id = a.theme_id) > 1""").param(concept).query(Long.class).single();
    }

    private long themeOf(long id) {
        return jdbc.sql("select theme_id from activity where id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }

    private long theme(String framework, String name) {
        return jdbc.sql("""
                select min(t.id) from theme t join policy_framework f on f.id = t.framework_id where f.slug = ? and t.name = ?""").param(framework).param(name).query(Long.class).single();
    }

    private long version() {
        return jdbc.sql("select version from activity where id = ?")
                .param(concept)
                .query(Long.class)
                .single();
    }

    private MockHttpServletRequestBuilder edit(String username, long id, String title, String goal, long version) {
        return edit(username, "wassenaar", id, title, goal, version);
    }

    private MockHttpServletRequestBuilder edit(
            String username, String slug, long id, String title, String goal, long version) {
        return post("/gemeenten/{m}/activiteiten/{id}/bewerken", slug, id)
                .with(as(jdbc, username))
                .with(csrf())
                .param("thema", String.valueOf(original.get("theme_id")))
                .param("titel", title)
                .param("doel", goal)
                .param("version", String.valueOf(version));
    }
}
