package nl.ivbplanner.activity;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/**
 * Linking an activity of Rijswijk's concept plan 2026 to the objective it answers to ('Wat willen we bereiken?'),
 * in the edit and the add form (rolled back after each test).
 */
@IvbIntegrationTest
@Transactional
class ActivityObjectiveTest {

    private static final String PLAN =
            "/gemeenten/rijswijk/kaders/strategisch-veiligheidsbeleid-2026-2030/plannen/2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @PersistenceContext
    EntityManager entityManager;

    long triage;
    long theme;

    @BeforeEach
    void theTriagePilotOfChapter2B() {
        // 'We volgen de pilot ...', under the second objective numbered 6 of B. Personen met onbegrepen gedrag
        triage = jdbc.sql("select id from activity where title like 'We volgen de pilot via de ambtelijke werkgroep%'")
                .query(Long.class)
                .single();
        theme = jdbc.sql("select theme_id from activity where id = ?")
                .param(triage)
                .query(Long.class)
                .single();
    }

    @Test
    void theFormOffersThePlansObjectivesPerThemeWithTheCurrentOneChosen() throws Exception {
        Document form = Jsoup.parse(html("/gemeenten/rijswijk/activiteiten/" + triage + "/bewerken"));
        assertThat(form.select("label[for=doelstelling]").text()).isEqualTo("Wat willen we bereiken?");
        assertThat(form.select("#doelstelling option[selected]").text()).startsWith("6. Inzet 24/7 triage bedden");
        assertThat(form.select("#doelstelling optgroup").eachAttr("label"))
                .startsWith(
                        "Zorg en Veiligheid – A. Huiselijk geweld en femicide",
                                "Zorg en Veiligheid – B. Personen met onbegrepen gedrag",
                        "Zorg en Veiligheid – C. Multiprobleem gezinnen", "Ondermijning – A. Drugshandel");
        assertThat(form.select("#doelstelling option")).hasSize(40);
        assertThat(form.select("#doelstelling").attr("aria-describedby")).isEqualTo("doelstelling-hint");
    }

    @Test
    void anObjectiveOfTheSameThemeIsSavedAndTheActivityMovesUnderIt() throws Exception {
        long meldpunt = objective("Meldpunt Bezorgd is goed bekend bij professionals en inwoners.");
        mvc.perform(save(meldpunt, theme, "Gewijzigde titel")).andExpect(status().is3xxRedirection());
        entityManager.flush();
        assertThat(objectiveOf(triage)).isEqualTo(meldpunt);
        Document plan = Jsoup.parse(html(PLAN));
        var group = plan.select("tbody:has(#activiteit-" + triage + ")").first();
        assertThat(group.select("tr.app-objective").text()).contains("6. Meldpunt Bezorgd is goed bekend");
        assertThat(group.select("tr[id^=activiteit-]")).hasSize(3);
        // and no objective at all is a choice too
        mvc.perform(save(null, theme, "Gewijzigde titel")).andExpect(status().is3xxRedirection());
        entityManager.flush();
        assertThat(objectiveOf(triage)).isNull();
    }

    @Test
    void anObjectiveOfAnotherThemeIsRefusedNextToTheFieldAndTheInputStays() throws Exception {
        long drugs = objective("Zichtbare aanpak op drugshandel%");
        long before = objectiveOf(triage);
        Document form = Jsoup.parse(mvc.perform(save(drugs, theme, "Mijn nieuwe titel"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(form.select("#doelstelling-fout").text())
                .isEqualTo("Dit doel hoort bij een ander thema. Kies een doel van het gekozen thema, of geen doel.");
        assertThat(form.select("#doelstelling").attr("aria-invalid")).isEqualTo("true");
        assertThat(form.select("#doelstelling").attr("aria-describedby"))
                .isEqualTo("doelstelling-fout doelstelling-hint");
        assertThat(form.select("#foutmeldingen a[href=#doelstelling]")).hasSize(1);
        assertThat(form.select("#titel").text()).isEqualTo("Mijn nieuwe titel");
        assertThat(form.select("#doelstelling option[selected]").attr("value")).isEqualTo(String.valueOf(drugs));
        entityManager.flush();
        assertThat(objectiveOf(triage)).isEqualTo(before);
        assertThat(jdbc.sql("select title from activity where id = ?")
                        .param(triage)
                        .query(String.class)
                        .single())
                .startsWith("We volgen de pilot");
    }

    @Test
    void anObjectiveOfAnotherPlanOrFrameworkIsNotAChoice() throws Exception {
        long westland = jdbc.sql("""
                select min(o.id) from objective o join theme t on t.id = o.theme_id join policy_framework f on f.id = t.framework_id
                where f.slug = 'veiligheidsbeleid-2019-2022'""").query(Long.class).single();
        mvc.perform(save(westland, theme, "Titel"))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(Jsoup.parse(result.getResponse().getContentAsString())
                                .select("#doelstelling-fout")
                                .text())
                        .isEqualTo("Kies een doel uit de lijst."));
        mvc.perform(save(null, theme, "Titel").param("doelstelling", "geen-getal"))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(Jsoup.parse(result.getResponse().getContentAsString())
                                .select("#doelstelling-fout")
                                .text())
                        .isEqualTo("Kies een doel uit de lijst."));
    }

    @Test
    void aNewActivityIsAddedUnderItsObjective() throws Exception {
        long meldpunt = objective("Meldpunt Bezorgd is goed bekend bij professionals en inwoners.");
        mvc.perform(post(PLAN + "/activiteiten/nieuw")
                        .with(as(jdbc, "adviseur.rijswijk"))
                        .with(csrf())
                        .param("thema", String.valueOf(theme))
                        .param("doelstelling", String.valueOf(meldpunt))
                        .param("titel", "Een folder over het Meldpunt Bezorgd")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());
        entityManager.flush();
        long added = jdbc.sql("select id from activity where title = 'Een folder over het Meldpunt Bezorgd'")
                .query(Long.class)
                .single();
        assertThat(objectiveOf(added)).isEqualTo(meldpunt);
        var group = Jsoup.parse(html(PLAN))
                .select("tbody:has(#activiteit-" + added + ")")
                .first();
        assertThat(group.select("tr.app-objective").text()).contains("6. Meldpunt Bezorgd is goed bekend");
        assertThat(group.select("tr[id^=activiteit-]").last().id()).isEqualTo("activiteit-" + added);

        long drugs = objective("Zichtbare aanpak op drugshandel%");
        mvc.perform(post(PLAN + "/activiteiten/nieuw")
                        .with(as(jdbc, "adviseur.rijswijk"))
                        .with(csrf())
                        .param("thema", String.valueOf(theme))
                        .param("doelstelling", String.valueOf(drugs))
                        .param("titel", "Onder het verkeerde doel")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(Jsoup.parse(result.getResponse().getContentAsString())
                                .select("#doelstelling-fout")
                                .text())
                        .startsWith("Dit doel hoort bij een ander thema."));
        entityManager.flush();
        assertThat(jdbc.sql("select count(*) from activity where title = 'Onder het verkeerde doel'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private MockHttpServletRequestBuilder save(Long objective, long themeId, String title) {
        return post("/gemeenten/rijswijk/activiteiten/{id}/bewerken", triage)
                .with(as(jdbc, "adviseur.rijswijk"))
                .with(csrf())
                .param("thema", String.valueOf(themeId))
                .param("doelstelling", objective == null ? "" : objective.toString())
                .param("titel", title)
                .param(
                        "version",
                        String.valueOf(jdbc.sql("select version from activity where id = ?")
                                .param(triage)
                                .query(Long.class)
                                .single()));
    }

    private String html(String url) throws Exception {
        return mvc.perform(get(url).with(as(jdbc, "adviseur.rijswijk")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private long objective(String textLike) {
        return jdbc.sql("""
                select o.id from objective o join execution_plan p on p.id = o.plan_id join policy_framework f on f.id = p.framework_id
                where f.slug = 'strategisch-veiligheidsbeleid-2026-2030' and o.text like ?""").param(textLike).query(Long.class).single();
    }

    private Long objectiveOf(long activity) {
        return jdbc.sql("select objective_id from activity where id = ?")
                .param(activity)
                .query(Long.class)
                .list()
                .get(0);
    }
}
