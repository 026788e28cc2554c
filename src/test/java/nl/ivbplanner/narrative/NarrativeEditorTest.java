package nl.ivbplanner.narrative;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import nl.ivbplanner.support.IvbIntegrationTest;
import nl.ivbplanner.support.SqlStatementCounter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/** The texts editor of a concept plan (Wassenaar 2026, Rijswijk 2026); every test is rolled back. */
@IvbIntegrationTest
@Transactional
class NarrativeEditorTest {

    private static final String PLAN = "/gemeenten/wassenaar/kaders/ivb-2024-2027/plannen/2026";
    private static final String TEXTS = PLAN + "/teksten";
    private static final String ADOPTED_TEXTS = "/gemeenten/wassenaar/kaders/ivb-2024-2027/plannen/2025/teksten";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SqlStatementCounter counter;

    @PersistenceContext
    EntityManager entityManager;

    @Test
    void theListShowsTheSectionsInDocumentOrderWithLinksToEachAction() throws Exception {
        List<Long> ids = order(plan("ivb-2024-2027", 2026));
        String page = mvc.perform(get(TEXTS).with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(TEXTS + "/nieuw")))
                .andExpect(content().string(containsString(TEXTS + "/" + ids.get(0) + "/bewerken")))
                .andExpect(content().string(containsString(TEXTS + "/" + ids.get(0) + "/verwijderen")))
                .andExpect(content().string(containsString(TEXTS + "/" + ids.get(1) + "/omhoog")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .doesNotContain(TEXTS + "/" + ids.get(0) + "/omhoog")
                .doesNotContain(TEXTS + "/" + ids.get(ids.size() - 1) + "/omlaag");
        assertThat(page.indexOf("tekst-" + ids.get(0))).isLessThan(page.indexOf("tekst-" + ids.get(1)));
    }

    @Test
    void advisorAddsASectionAtTheEnd() throws Exception {
        long plan = plan("ivb-2024-2027", 2026);
        int before = order(plan).size();
        mvc.perform(add("adviseur.wassenaar")
                        .param("niveau", "2")
                        .param("kop", "Nieuwe paragraaf")
                        .param("tekst", "Eerste alinea.\r\n\r\n- punt een\r\n• punt twee")
                        .param("plaats", "eind"))
                .andExpect(redirectedUrlPattern(TEXTS + "#tekst-*"))
                .andExpect(flash().attribute("message", "narrative.added"));
        entityManager.flush();
        Map<String, Object> row = jdbc.sql("""
                select level, heading, body, position, theme_id from narrative_section
                where plan_id = ? and heading = 'Nieuwe paragraaf'""").param(plan).query().singleRow();
        assertThat(row)
                .containsEntry("level", 2)
                .containsEntry("position", before)
                .containsEntry("body", "Eerste alinea.\n\n- punt een\n- punt twee");
        assertThat(row.get("theme_id")).isNull();
        assertThat(order(plan)).hasSize(before + 1);
    }

    @Test
    void advisorAddsASectionAfterAChosenOneAndTheRestMovesDown() throws Exception {
        long plan = plan("ivb-2024-2027", 2026);
        List<Long> before = order(plan);
        long theme = theme("ivb-2024-2027", "Leefbaarheid");
        mvc.perform(add("adviseur.wassenaar")
                        .param("niveau", "3")
                        .param("kop", "Tussenvoegsel")
                        .param("thema", String.valueOf(theme))
                        .param("plaats", String.valueOf(before.get(0))))
                .andExpect(status().is3xxRedirection());
        entityManager.flush();
        long added = jdbc.sql("select id from narrative_section where heading = 'Tussenvoegsel'")
                .query(Long.class)
                .single();
        List<Long> after = order(plan);
        assertThat(after.subList(0, 2)).containsExactly(before.get(0), added);
        assertThat(after.subList(2, after.size())).isEqualTo(before.subList(1, before.size()));
        assertThat(positions(plan))
                .isEqualTo(java.util.stream.IntStream.range(0, after.size())
                        .boxed()
                        .toList());
        assertThat(jdbc.sql("select theme_id from narrative_section where id = ?")
                        .param(added)
                        .query(Long.class)
                        .single())
                .isEqualTo(theme);

        mvc.perform(add("adviseur.wassenaar")
                        .param("niveau", "1")
                        .param("kop", "Voorwoord")
                        .param("plaats", "begin"))
                .andExpect(status().is3xxRedirection());
        entityManager.flush();
        assertThat(jdbc.sql("select heading from narrative_section where plan_id = ? order by position, id limit 1")
                        .param(plan)
                        .query(String.class)
                        .single())
                .isEqualTo("Voorwoord");
    }

    @Test
    void advisorEditsASectionAndThePlanPageShowsItAsPlainText() throws Exception {
        long id = order(plan("ivb-2024-2027", 2026)).get(0);
        mvc.perform(edit("adviseur.wassenaar", id, version(id))
                        .param("niveau", "1")
                        .param("kop", "Inleiding <i>nieuw</i>")
                        .param("tekst", "Tekst met <b>vet</b> & <script>alert(1)</script>\n\n- een lijstpunt"))
                .andExpect(redirectedUrl(TEXTS + "#tekst-" + id))
                .andExpect(flash().attribute("message", "narrative.saved"));
        entityManager.flush();
        assertThat(jdbc.sql("select body from narrative_section where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("Tekst met <b>vet</b> & <script>alert(1)</script>\n\n- een lijstpunt");
        mvc.perform(get(PLAN).with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(content().string(containsString("Inleiding &lt;i&gt;nieuw&lt;/i&gt;")))
                .andExpect(content()
                        .string(containsString(
                                "Tekst met &lt;b&gt;vet&lt;/b&gt; &amp; &lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(containsString(">een lijstpunt</li>")))
                .andExpect(content().string(not(containsString("<b>vet</b>"))))
                .andExpect(content().string(not(containsString("<script>alert(1)"))));
    }

    @Test
    void theEditFormShowsTheStoredValues() throws Exception {
        long id = jdbc.sql("select min(id) from narrative_section where plan_id = ? and heading is not null")
                .param(plan("ivb-2024-2027", 2026))
                .query(Long.class)
                .single();
        String heading = jdbc.sql("select heading from narrative_section where id = ?")
                .param(id)
                .query(String.class)
                .single();
        mvc.perform(get(TEXTS + "/{id}/bewerken", id).with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + heading + "\"")))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + version(id) + "\"")));
    }

    @Test
    void eachRuleIsExplainedNextToItsFieldAndKeepsWhatWasTyped() throws Exception {
        long plan = plan("ivb-2024-2027", 2026);
        int before = order(plan).size();
        mvc.perform(add("adviseur.wassenaar")
                        .param("kop", "Mijn kop zonder niveau")
                        .param("plaats", "eind"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kies het niveau: hoofdstuk, paragraaf of subparagraaf.")))
                .andExpect(content().string(containsString("id=\"niveau-fout\"")))
                .andExpect(content().string(containsString("value=\"Mijn kop zonder niveau\"")));
        mvc.perform(add("adviseur.wassenaar")
                        .param("niveau", "4")
                        .param("kop", "Niveau vier")
                        .param("plaats", "eind"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kies het niveau: hoofdstuk, paragraaf of subparagraaf.")));
        mvc.perform(add("adviseur.wassenaar")
                        .param("niveau", "1")
                        .param("kop", " ")
                        .param("tekst", " \n ")
                        .param("plaats", "eind"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vul een kop of een tekst in (of allebei).")))
                .andExpect(content().string(containsString("aria-describedby=\"kop-fout\"")))
                .andExpect(content().string(containsString("href=\"#kop\"")));
        mvc.perform(add("adviseur.wassenaar")
                        .param("niveau", "1")
                        .param("kop", "k".repeat(301))
                        .param("tekst", "Mijn tekst")
                        .param("plaats", "eind"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Gebruik hoogstens 300 tekens.")))
                .andExpect(content().string(containsString("Mijn tekst</textarea>")));
        mvc.perform(add("adviseur.wassenaar")
                        .param("niveau", "1")
                        .param("kop", "Lange tekst")
                        .param("tekst", "x".repeat(50_001))
                        .param("plaats", "eind"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("De tekst is te lang: gebruik hoogstens 50.000 tekens.")))
                .andExpect(content().string(containsString("aria-describedby=\"tekst-fout tekst-hint\"")))
                .andExpect(content().string(containsString("value=\"Lange tekst\"")));
        entityManager.flush();
        assertThat(order(plan)).hasSize(before);
    }

    @Test
    void aThemeOrPlaceFromElsewhereIsRefusedNextToTheField() throws Exception {
        long plan = plan("ivb-2024-2027", 2026);
        int before = order(plan).size();
        long rijswijkTheme =
                theme("strategisch-veiligheidsbeleid-2026-2030", "Cybercrime en gedigitaliseerde criminaliteit");
        mvc.perform(add("adviseur.wassenaar")
                        .param("niveau", "1")
                        .param("kop", "Mijn kop")
                        .param("thema", String.valueOf(rijswijkTheme))
                        .param("plaats", "eind"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("Kies een thema uit het beleidskader van dit plan, of geen thema.")))
                .andExpect(content().string(containsString("value=\"Mijn kop\"")));
        long rijswijkSection =
                order(plan("strategisch-veiligheidsbeleid-2026-2030", 2026)).get(0);
        mvc.perform(add("adviseur.wassenaar")
                        .param("niveau", "1")
                        .param("kop", "Mijn kop")
                        .param("plaats", String.valueOf(rijswijkSection)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kies een plaats in dit plan.")));
        entityManager.flush();
        assertThat(order(plan)).hasSize(before);
    }

    @Test
    void aColleaguesSaveInBetweenIsShownAndNothingIsOverwritten() throws Exception {
        long id = order(plan("ivb-2024-2027", 2026)).get(0);
        long opened = version(id);
        mvc.perform(edit("manager.wassenaar", id, opened)
                        .param("niveau", "1")
                        .param("kop", "Kop van de collega")
                        .param("tekst", "Tekst van de collega"))
                .andExpect(status().is3xxRedirection());
        entityManager.flush();
        mvc.perform(edit("adviseur.wassenaar", id, opened)
                        .param("niveau", "2")
                        .param("kop", "Mijn kop")
                        .param("tekst", "Mijn tekst"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Een collega heeft deze tekst opgeslagen")))
                .andExpect(content().string(containsString("value=\"Mijn kop\"")))
                .andExpect(content().string(containsString("Mijn tekst</textarea>")))
                .andExpect(content().string(containsString("Kop van de collega")))
                .andExpect(content().string(containsString("Tekst van de collega")))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + version(id) + "\"")));
        entityManager.flush();
        assertThat(jdbc.sql("select heading, level from narrative_section where id = ?")
                        .param(id)
                        .query()
                        .singleRow())
                .containsEntry("heading", "Kop van de collega")
                .containsEntry("level", 1);
    }

    @Test
    void omhoogAndOmlaagSwapASectionWithItsNeighbour() throws Exception {
        long plan = plan("ivb-2024-2027", 2026);
        List<Long> before = order(plan);
        mvc.perform(post(TEXTS + "/{id}/omlaag", before.get(0))
                        .with(as(jdbc, "adviseur.wassenaar"))
                        .with(csrf()))
                .andExpect(redirectedUrl(TEXTS + "#tekst-" + before.get(0)))
                .andExpect(flash().attribute("message", "item.moved"));
        entityManager.flush();
        assertThat(order(plan).subList(0, 2)).containsExactly(before.get(1), before.get(0));
        mvc.perform(post(TEXTS + "/{id}/omhoog", before.get(0))
                        .with(as(jdbc, "adviseur.wassenaar"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        entityManager.flush();
        assertThat(order(plan)).isEqualTo(before);
        // the first one cannot go further up
        mvc.perform(post(TEXTS + "/{id}/omhoog", before.get(0))
                        .with(as(jdbc, "adviseur.wassenaar"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        entityManager.flush();
        assertThat(order(plan)).isEqualTo(before);
    }

    @Test
    void advisorDeletesASectionAfterConfirming() throws Exception {
        long plan = plan("ivb-2024-2027", 2026);
        long id = order(plan).get(0);
        mvc.perform(get(TEXTS + "/{id}/verwijderen", id).with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("uit dit conceptplan verwijderen")));
        mvc.perform(post(TEXTS + "/{id}/verwijderen", id)
                        .with(as(jdbc, "adviseur.wassenaar"))
                        .with(csrf()))
                .andExpect(redirectedUrl(TEXTS))
                .andExpect(flash().attribute("message", "narrative.deleted"));
        entityManager.flush();
        assertThat(jdbc.sql("select count(*) from narrative_section where id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"raadslid.wassenaar, 403", "adviseur.rijswijk, 403"})
    void othersMayNotReadOrChangeTheTexts(String username, int expected) throws Exception {
        long plan = plan("ivb-2024-2027", 2026);
        List<Long> before = order(plan);
        long id = before.get(0);
        for (String page :
                new String[] {TEXTS, TEXTS + "/nieuw", TEXTS + "/" + id + "/bewerken", TEXTS + "/" + id + "/verwijderen"
                }) {
            mvc.perform(get(page).with(as(jdbc, username))).andExpect(status().is(expected));
        }
        mvc.perform(add(username).param("niveau", "1").param("kop", "Poging").param("plaats", "eind"))
                .andExpect(status().is(expected));
        mvc.perform(edit(username, id, version(id)).param("niveau", "1").param("kop", "Poging"))
                .andExpect(status().is(expected));
        mvc.perform(post(TEXTS + "/{id}/omlaag", id).with(as(jdbc, username)).with(csrf()))
                .andExpect(status().is(expected));
        mvc.perform(post(TEXTS + "/{id}/verwijderen", id)
                        .with(as(jdbc, username))
                        .with(csrf()))
                .andExpect(status().is(expected));
        entityManager.flush();
        assertThat(order(plan)).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from narrative_section where heading = 'Poging'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anAdoptedOrEvaluatedPlanKeepsItsTexts() throws Exception {
        long plan = plan("ivb-2024-2027", 2025);
        List<Long> before = order(plan);
        mvc.perform(get(ADOPTED_TEXTS).with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("kan niet meer worden gewijzigd")));
        mvc.perform(post(ADOPTED_TEXTS + "/nieuw")
                        .with(as(jdbc, "adviseur.wassenaar"))
                        .with(csrf())
                        .param("niveau", "1")
                        .param("kop", "Poging")
                        .param("plaats", "eind"))
                .andExpect(status().isConflict());
        if (!before.isEmpty()) {
            long id = before.get(0);
            mvc.perform(post(ADOPTED_TEXTS + "/{id}/bewerken", id)
                            .with(as(jdbc, "manager.wassenaar"))
                            .with(csrf())
                            .param("niveau", "1")
                            .param("kop", "Poging")
                            .param("version", String.valueOf(version(id))))
                    .andExpect(status().isConflict());
            mvc.perform(post(ADOPTED_TEXTS + "/{id}/omlaag", id)
                            .with(as(jdbc, "adviseur.wassenaar"))
                            .with(csrf()))
                    .andExpect(status().isConflict());
            mvc.perform(post(ADOPTED_TEXTS + "/{id}/verwijderen", id)
                            .with(as(jdbc, "adviseur.wassenaar"))
                            .with(csrf()))
                    .andExpect(status().isConflict());
        }
        entityManager.flush();
        assertThat(order(plan)).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from narrative_section where heading = 'Poging'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aSectionOfAnotherPlanIsNotFoundUnderThisPlan() throws Exception {
        long other = order(plan("ondermijning-2025-2028", 2026)).get(0);
        mvc.perform(get(TEXTS + "/{id}/bewerken", other).with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(status().isNotFound());
        mvc.perform(edit("adviseur.wassenaar", other, version(other))
                        .param("niveau", "1")
                        .param("kop", "Poging"))
                .andExpect(status().isNotFound());
        mvc.perform(post(TEXTS + "/{id}/omhoog", other)
                        .with(as(jdbc, "adviseur.wassenaar"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post(TEXTS + "/{id}/verwijderen", other)
                        .with(as(jdbc, "adviseur.wassenaar"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        entityManager.flush();
        assertThat(jdbc.sql("select count(*) from narrative_section where id = ?")
                        .param(other)
                        .query(Long.class)
                        .single())
                .isOne();
    }

    @Test
    void theListRunsAFixedNumberOfStatementsForRijswijksTwentySevenSections() throws Exception {
        assertThat(order(plan("strategisch-veiligheidsbeleid-2026-2030", 2026))).hasSize(27);
        var advisor = as(jdbc, "adviseur.rijswijk");
        int statements = counter.count(() -> mvc.perform(
                        get("/gemeenten/rijswijk/kaders/strategisch-veiligheidsbeleid-2026-2030/plannen/2026/teksten")
                                .with(advisor))
                .andExpect(status().isOk()));
        // municipality, plan, the sections with their themes, and the header's municipality switcher
        assertThat(statements).isEqualTo(4);
    }

    private MockHttpServletRequestBuilder add(String username) {
        return post(TEXTS + "/nieuw").with(as(jdbc, username)).with(csrf());
    }

    private MockHttpServletRequestBuilder edit(String username, long id, long version) {
        return post(TEXTS + "/{id}/bewerken", id)
                .with(as(jdbc, username))
                .with(csrf())
                .param("version", String.valueOf(version));
    }

    private long plan(String framework, int year) {
        return jdbc.sql("""
                select p.id from execution_plan p join policy_framework f on f.id = p.framework_id
                where f.slug = ? and p.year = ?""").param(framework).param(year).query(Long.class).single();
    }

    private List<Long> order(long plan) {
        return jdbc.sql("select id from narrative_section where plan_id = ? order by position, id")
                .param(plan)
                .query(Long.class)
                .list();
    }

    private List<Integer> positions(long plan) {
        return jdbc.sql("select position from narrative_section where plan_id = ? order by position, id")
                .param(plan)
                .query(Integer.class)
                .list();
    }

    private long version(long id) {
        return jdbc.sql("select version from narrative_section where id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }

    private long theme(String framework, String name) {
        return jdbc.sql("""
                select t.id from theme t join policy_framework f on f.id = t.framework_id
                where f.slug = ? and t.name = ? and t.parent_id is null""").param(framework).param(name).query(Long.class).single();
    }
}
