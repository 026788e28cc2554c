package nl.ivbplanner.framework;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/** The themes editor of Rijswijk's framework (30 themes, main themes with sub-themes); rolled back. */
@IvbIntegrationTest
@Transactional
class ThemeEditorTest {

    private static final String FRAMEWORK_URL = "/gemeenten/rijswijk/kaders/strategisch-veiligheidsbeleid-2026-2030";
    private static final String THEMES = FRAMEWORK_URL + "/themas";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SqlStatementCounter counter;

    @PersistenceContext
    EntityManager entityManager;

    long framework;
    /** A main theme with at least two sub-themes. */
    long parent;

    @BeforeEach
    void findTheFramework() {
        framework = jdbc.sql("select id from policy_framework where slug = 'strategisch-veiligheidsbeleid-2026-2030'")
                .query(Long.class)
                .single();
        parent = jdbc.sql("""
                select parent_id from theme where framework_id = ? and parent_id is not null
                group by parent_id having count(*) >= 2 order by parent_id limit 1""").param(framework).query(Long.class).single();
    }

    @Test
    void theListShowsMainThemesWithTheirSubThemesAndEveryAction() throws Exception {
        long sub = subThemes(parent).get(0);
        String page = mvc.perform(get(THEMES).with(as(jdbc, "adviseur.rijswijk")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(THEMES + "/nieuw")))
                .andExpect(content().string(containsString(THEMES + "/nieuw?hoofdthema=" + parent)))
                .andExpect(content().string(containsString(THEMES + "/" + sub + "/bewerken")))
                .andExpect(content().string(containsString(THEMES + "/" + sub + "/verwijderen")))
                .andExpect(content().string(containsString("Subthema:")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page.indexOf("thema-" + parent + "\"")).isLessThan(page.indexOf("thema-" + sub + "\""));
        assertThat(page)
                .doesNotContain(THEMES + "/" + mainThemes().get(0) + "/omhoog")
                .doesNotContain(THEMES + "/" + sub + "/omhoog");
    }

    @Test
    void theFrameworkPageLinksHereOnlyForEditors() throws Exception {
        mvc.perform(get(FRAMEWORK_URL).with(as(jdbc, "adviseur.rijswijk")))
                .andExpect(content().string(containsString("href=\"" + THEMES + "\"")))
                .andExpect(content().string(containsString("Thema&#39;s bewerken")));
        mvc.perform(get(FRAMEWORK_URL).with(as(jdbc, "raadslid.rijswijk")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(THEMES))));
    }

    @Test
    void advisorAddsAMainThemeAtTheEnd() throws Exception {
        mvc.perform(add("adviseur.rijswijk", "Cameratoezicht", "9", "GOING_CONCERN", "")
                        .param("kernbeleidveld", "2")
                        .param("omschrijving", "Omschrijving\r\n\r\n- met een lijst")
                        .param("doel", "Minder overlast"))
                .andExpect(redirectedUrlPattern(THEMES + "#thema-*"))
                .andExpect(flash().attribute("message", "theme.added"));
        entityManager.flush();
        Map<String, Object> row = jdbc.sql("""
                select id, parent_id, code, kind, kernbeleid_field, description, goal from theme
                where framework_id = ? and name = 'Cameratoezicht'""").param(framework).query().singleRow();
        assertThat(row)
                .containsEntry("code", "9")
                .containsEntry("kind", "GOING_CONCERN")
                .containsEntry("kernbeleid_field", 2)
                .containsEntry("description", "Omschrijving\n\n- met een lijst")
                .containsEntry("goal", "Minder overlast");
        assertThat(row.get("parent_id")).isNull();
        assertThat(order()).last().isEqualTo(row.get("id"));
        assertPositionsFollowTheTree();
    }

    @Test
    void advisorAddsASubThemeAfterItsParentsLastSubTheme() throws Exception {
        mvc.perform(get(THEMES + "/nieuw")
                        .param("hoofdthema", String.valueOf(parent))
                        .with(as(jdbc, "adviseur.rijswijk")))
                .andExpect(status().isOk())
                .andExpect(content().string(matchesRegex("(?s).*value=\"" + parent + "\"\\s+selected=\"selected\".*")));
        List<Long> before = subThemes(parent);
        mvc.perform(add("adviseur.rijswijk", "Nieuw subthema", null, "PRIORITY", String.valueOf(parent)))
                .andExpect(status().is3xxRedirection());
        entityManager.flush();
        long added = jdbc.sql("select id from theme where name = 'Nieuw subthema'")
                .query(Long.class)
                .single();
        assertThat(subThemes(parent)).hasSize(before.size() + 1).last().isEqualTo(added);
        List<Long> order = order();
        assertThat(order.indexOf(added)).isEqualTo(order.indexOf(before.get(before.size() - 1)) + 1);
        assertPositionsFollowTheTree();
    }

    @Test
    void eachRuleIsExplainedNextToItsFieldAndKeepsWhatWasTyped() throws Exception {
        long count = count();
        mvc.perform(add("adviseur.rijswijk", " ", "X1", "PRIORITY", "").param("doel", "Mijn doelstelling"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vul de naam van het thema in.")))
                .andExpect(content().string(containsString("aria-describedby=\"naam-fout\"")))
                .andExpect(content().string(containsString("Mijn doelstelling</textarea>")))
                .andExpect(content().string(containsString("value=\"X1\"")));
        mvc.perform(add("adviseur.rijswijk", "n".repeat(301), "C".repeat(21), "PRIORITY", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Gebruik hoogstens 300 tekens.")))
                .andExpect(content().string(containsString("Gebruik hoogstens 20 tekens.")));
        mvc.perform(add("adviseur.rijswijk", "Zonder soort", null, null, ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kies de soort thema.")))
                .andExpect(content().string(containsString("value=\"Zonder soort\"")));
        mvc.perform(add("adviseur.rijswijk", "Verkeerd veld", null, "OTHER", "").param("kernbeleidveld", "6"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("Kies een van de vijf velden van Kernbeleid Veiligheid, of geen.")));
        entityManager.flush();
        assertThat(count()).isEqualTo(count);
    }

    @Test
    void subThemesAreOneLevelDeep() throws Exception {
        long count = count();
        long sub = subThemes(parent).get(0);
        mvc.perform(add("adviseur.rijswijk", "Kleinkind", null, "PRIORITY", String.valueOf(sub)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kies een hoofdthema van dit kader, of geen.")))
                .andExpect(content().string(containsString("value=\"Kleinkind\"")));
        long wassenaarMain = jdbc.sql("""
                select min(t.id) from theme t join policy_framework f on f.id = t.framework_id
                where f.slug = 'ivb-2024-2027' and t.parent_id is null""").query(Long.class).single();
        mvc.perform(add("adviseur.rijswijk", "Vreemde ouder", null, "PRIORITY", String.valueOf(wassenaarMain)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kies een hoofdthema van dit kader, of geen.")));
        entityManager.flush();
        assertThat(count()).isEqualTo(count);

        Map<String, Object> parentBefore = row(parent);
        mvc.perform(edit("adviseur.rijswijk", parent, String.valueOf(parent)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Een thema kan geen subthema van zichzelf zijn.")));
        long otherMain =
                mainThemes().stream().filter(id -> id != parent).findFirst().orElseThrow();
        mvc.perform(edit("adviseur.rijswijk", parent, String.valueOf(otherMain)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                "Dit thema heeft zelf subthema&#39;s en kan daarom geen subthema worden.")));
        entityManager.flush();
        assertThat(row(parent)).isEqualTo(parentBefore);
    }

    @Test
    void advisorEditsAThemeAndAnotherParentPutsItLastThere() throws Exception {
        long sub = subThemes(parent).get(0);
        mvc.perform(edit(
                        "adviseur.rijswijk",
                        sub,
                        String.valueOf(parent),
                        version(sub),
                        Map.of(
                                "naam",
                                "Nieuwe naam",
                                "soort",
                                "TRACK",
                                "kernbeleidveld",
                                "4",
                                "doel",
                                "Nieuwe doelstelling")))
                .andExpect(redirectedUrl(THEMES + "#thema-" + sub))
                .andExpect(flash().attribute("message", "theme.saved"));
        entityManager.flush();
        assertThat(row(sub))
                .containsEntry("name", "Nieuwe naam")
                .containsEntry("kind", "TRACK")
                .containsEntry("kernbeleid_field", 4)
                .containsEntry("goal", "Nieuwe doelstelling")
                .containsEntry("parent_id", parent);

        long otherMain =
                mainThemes().stream().filter(id -> id != parent).findFirst().orElseThrow();
        List<Long> there = subThemes(otherMain);
        mvc.perform(edit("adviseur.rijswijk", sub, String.valueOf(otherMain))).andExpect(status().is3xxRedirection());
        entityManager.flush();
        assertThat(subThemes(otherMain)).hasSize(there.size() + 1).last().isEqualTo(sub);
        assertThat(subThemes(parent)).doesNotContain(sub);
        assertPositionsFollowTheTree();

        mvc.perform(edit("adviseur.rijswijk", sub, "")).andExpect(status().is3xxRedirection());
        entityManager.flush();
        assertThat(row(sub).get("parent_id")).isNull();
        assertThat(mainThemes()).last().isEqualTo(sub);
    }

    @Test
    void aColleaguesSaveInBetweenIsShownAndNothingIsOverwritten() throws Exception {
        long theme = mainThemes().get(0);
        long opened = version(theme);
        mvc.perform(edit("manager.rijswijk", theme, "", opened, Map.of("naam", "Naam van de collega")))
                .andExpect(status().is3xxRedirection());
        entityManager.flush();
        mvc.perform(edit("adviseur.rijswijk", theme, "", opened, Map.of("naam", "Mijn naam")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Een collega heeft dit thema opgeslagen")))
                .andExpect(content().string(containsString("value=\"Mijn naam\"")))
                .andExpect(content().string(containsString("Naam van de collega")))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + version(theme) + "\"")));
        entityManager.flush();
        assertThat(row(theme)).containsEntry("name", "Naam van de collega");
    }

    @Test
    void omhoogAndOmlaagSwapAThemeWithItsSibling() throws Exception {
        List<Long> mains = mainThemes();
        mvc.perform(post(THEMES + "/{id}/omlaag", mains.get(0))
                        .with(as(jdbc, "adviseur.rijswijk"))
                        .with(csrf()))
                .andExpect(redirectedUrl(THEMES + "#thema-" + mains.get(0)))
                .andExpect(flash().attribute("message", "item.moved"));
        entityManager.flush();
        assertThat(mainThemes().subList(0, 2)).containsExactly(mains.get(1), mains.get(0));
        assertPositionsFollowTheTree();

        List<Long> subs = subThemes(parent);
        mvc.perform(post(THEMES + "/{id}/omhoog", subs.get(1))
                        .with(as(jdbc, "adviseur.rijswijk"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        entityManager.flush();
        assertThat(subThemes(parent).subList(0, 2)).containsExactly(subs.get(1), subs.get(0));
        mvc.perform(post(THEMES + "/{id}/omhoog", subs.get(1))
                        .with(as(jdbc, "adviseur.rijswijk"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        entityManager.flush();
        assertThat(subThemes(parent).get(0)).isEqualTo(subs.get(1));
        assertPositionsFollowTheTree();
    }

    @Test
    void aThemeInUseIsNotDeletedAndTheReasonIsExplained() throws Exception {
        long used = jdbc.sql(
                        "select min(theme_id) from activity a join theme t on t.id = a.theme_id where t.framework_id = ?")
                .param(framework)
                .query(Long.class)
                .single();
        Map<String, Object> before = row(used);
        mvc.perform(get(THEMES + "/{id}/verwijderen", used).with(as(jdbc, "adviseur.rijswijk")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("kan niet worden verwijderd, want het wordt nog gebruikt door:")))
                .andExpect(content().string(containsString("activiteit")))
                .andExpect(content().string(not(containsString("/verwijderen\" method"))))
                .andExpect(content().string(not(containsString(THEMES + "/" + used + "/verwijderen\""))));
        mvc.perform(post(THEMES + "/{id}/verwijderen", used)
                        .with(as(jdbc, "adviseur.rijswijk"))
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("kan niet worden verwijderd")));
        mvc.perform(post(THEMES + "/{id}/verwijderen", parent)
                        .with(as(jdbc, "adviseur.rijswijk"))
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("subthema")));
        entityManager.flush();
        assertThat(row(used)).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from theme where id = ?")
                        .param(parent)
                        .query(Long.class)
                        .single())
                .isOne();
    }

    @Test
    void anUnusedThemeIsDeletedAfterConfirming() throws Exception {
        mvc.perform(add("adviseur.rijswijk", "Tijdelijk thema", null, "OTHER", ""))
                .andExpect(status().is3xxRedirection());
        entityManager.flush();
        long theme = jdbc.sql("select id from theme where name = 'Tijdelijk thema'")
                .query(Long.class)
                .single();
        mvc.perform(get(THEMES + "/{id}/verwijderen", theme).with(as(jdbc, "adviseur.rijswijk")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("Wilt u het thema ‘Tijdelijk thema’ uit dit kader verwijderen?")));
        mvc.perform(post(THEMES + "/{id}/verwijderen", theme)
                        .with(as(jdbc, "adviseur.rijswijk"))
                        .with(csrf()))
                .andExpect(redirectedUrl(THEMES))
                .andExpect(flash().attribute("message", "theme.deleted"));
        entityManager.flush();
        assertThat(jdbc.sql("select count(*) from theme where id = ?")
                        .param(theme)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"raadslid.rijswijk, 403", "adviseur.wassenaar, 403", "manager.westland, 403"})
    void othersMayNotReadOrChangeTheThemes(String username, int expected) throws Exception {
        long theme = mainThemes().get(0);
        Map<String, Object> before = row(theme);
        long count = count();
        for (String page : new String[] {
            THEMES, THEMES + "/nieuw", THEMES + "/" + theme + "/bewerken", THEMES + "/" + theme + "/verwijderen"
        }) {
            mvc.perform(get(page).with(as(jdbc, username))).andExpect(status().is(expected));
        }
        mvc.perform(add(username, "Poging", null, "OTHER", "")).andExpect(status().is(expected));
        mvc.perform(edit(username, theme, "", version(theme), Map.of("naam", "Poging")))
                .andExpect(status().is(expected));
        mvc.perform(post(THEMES + "/{id}/omlaag", theme)
                        .with(as(jdbc, username))
                        .with(csrf()))
                .andExpect(status().is(expected));
        mvc.perform(post(THEMES + "/{id}/verwijderen", theme)
                        .with(as(jdbc, username))
                        .with(csrf()))
                .andExpect(status().is(expected));
        entityManager.flush();
        assertThat(count()).isEqualTo(count);
        assertThat(row(theme)).isEqualTo(before);
    }

    @Test
    void aThemeOfAnotherFrameworkIsNotFoundHere() throws Exception {
        long ondermijning = jdbc.sql("""
                select min(t.id) from theme t join policy_framework f on f.id = t.framework_id where f.slug = 'ondermijning-2025-2028'""").query(Long.class).single();
        String wassenaarThemes = "/gemeenten/wassenaar/kaders/ivb-2024-2027/themas";
        Map<String, Object> before = row(ondermijning);
        mvc.perform(get(wassenaarThemes + "/{id}/bewerken", ondermijning).with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(status().isNotFound());
        mvc.perform(post(wassenaarThemes + "/{id}/omhoog", ondermijning)
                        .with(as(jdbc, "adviseur.wassenaar"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post(wassenaarThemes + "/{id}/verwijderen", ondermijning)
                        .with(as(jdbc, "adviseur.wassenaar"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        entityManager.flush();
        assertThat(row(ondermijning)).isEqualTo(before);
    }

    @Test
    void aFrameworkWithoutPlansHasEditableThemesToo() throws Exception {
        mvc.perform(get(
                                "/gemeenten/westland/kaders/{f}/themas",
                                jdbc.sql(
                                                "select slug from policy_framework where municipality_id = (select id from municipality where slug = 'westland')")
                                        .query(String.class)
                                        .single())
                        .with(as(jdbc, "adviseur.westland")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Veilige en leefbare dorpen")));
    }

    @Test
    void theListRunsAFixedNumberOfStatementsForRijswijksThirtyThemes() throws Exception {
        assertThat(order()).hasSize(30);
        var advisor = as(jdbc, "adviseur.rijswijk");
        int statements =
                counter.count(() -> mvc.perform(get(THEMES).with(advisor)).andExpect(status().isOk()));
        // municipality, framework, the themes, and the header's municipality switcher
        assertThat(statements).isEqualTo(4);
    }

    /** After any change the positions run 0, 1, 2, ... through the tree: each main theme, then its sub-themes. */
    private void assertPositionsFollowTheTree() {
        List<Map<String, Object>> rows = jdbc.sql(
                        "select id, parent_id, position from theme where framework_id = ? order by position, id")
                .param(framework)
                .query()
                .listOfRows();
        Object currentMain = null;
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> row = rows.get(i);
            assertThat(row.get("position")).isEqualTo(i);
            if (row.get("parent_id") == null) {
                currentMain = row.get("id");
            } else {
                assertThat(row.get("parent_id")).isEqualTo(currentMain);
            }
        }
    }

    private MockHttpServletRequestBuilder add(String username, String name, String code, String kind, String parentId) {
        MockHttpServletRequestBuilder request = post(THEMES + "/nieuw")
                .with(as(jdbc, username))
                .with(csrf())
                .param("naam", name)
                .param("hoofdthema", parentId);
        if (code != null) {
            request.param("code", code);
        }
        if (kind != null) {
            request.param("soort", kind);
        }
        return request;
    }

    /** Posts the theme's stored name and kind with the given parent. */
    private MockHttpServletRequestBuilder edit(String username, long id, String parentId) {
        return edit(username, id, parentId, version(id), Map.of());
    }

    private MockHttpServletRequestBuilder edit(String username, long id, String parentId, long version) {
        return edit(username, id, parentId, version, Map.of());
    }

    /** Posts the theme's stored name and kind with the given parent, except for the changed fields. */
    private MockHttpServletRequestBuilder edit(
            String username, long id, String parentId, long version, Map<String, String> changes) {
        Map<String, Object> row = row(id);
        Map<String, String> fields = new java.util.HashMap<>(Map.of(
                "naam",
                (String) row.get("name"),
                "soort",
                (String) row.get("kind"),
                "hoofdthema",
                parentId,
                "version",
                String.valueOf(version)));
        fields.putAll(changes);
        MockHttpServletRequestBuilder request =
                post(THEMES + "/{id}/bewerken", id).with(as(jdbc, username)).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    private Map<String, Object> row(long id) {
        return jdbc.sql(
                        "select name, code, kind, parent_id, kernbeleid_field, description, goal, position, version from theme where id = ?")
                .param(id)
                .query()
                .singleRow();
    }

    private List<Long> order() {
        return jdbc.sql("select id from theme where framework_id = ? order by position, id")
                .param(framework)
                .query(Long.class)
                .list();
    }

    private List<Long> mainThemes() {
        return jdbc.sql("select id from theme where framework_id = ? and parent_id is null order by position, id")
                .param(framework)
                .query(Long.class)
                .list();
    }

    private List<Long> subThemes(long parentId) {
        return jdbc.sql("select id from theme where parent_id = ? order by position, id")
                .param(parentId)
                .query(Long.class)
                .list();
    }

    private long count() {
        return jdbc.sql("select count(*) from theme").query(Long.class).single();
    }

    private long version(long id) {
        return jdbc.sql("select version from theme where id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }
}
