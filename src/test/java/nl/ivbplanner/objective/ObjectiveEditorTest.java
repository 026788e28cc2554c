package nl.ivbplanner.objective;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/** The objectives editor of Rijswijk's concept plan 2026, whose seed has goals per theme; rolled back. */
@IvbIntegrationTest
@Transactional
class ObjectiveEditorTest {

    private static final String FRAMEWORK = "strategisch-veiligheidsbeleid-2026-2030";
    private static final String PLAN = "/gemeenten/rijswijk/kaders/" + FRAMEWORK + "/plannen/2026";
    private static final String GOALS = PLAN + "/doelen";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SqlStatementCounter counter;

    @PersistenceContext
    EntityManager entityManager;

    long plan;
    /** A theme with at least two of the plan's goals, and those goals in order. */
    long theme;

    List<Long> goals;

    @BeforeEach
    void findAThemeWithSeveralGoals() {
        plan = jdbc.sql("""
                select p.id from execution_plan p join policy_framework f on f.id = p.framework_id
                where f.slug = ? and p.year = 2026""").param(FRAMEWORK).query(Long.class).single();
        theme = jdbc.sql("""
                select theme_id from objective where plan_id = ? group by theme_id having count(*) >= 2
                order by min(id) limit 1""").param(plan).query(Long.class).single();
        goals = goals(theme);
    }

    @Test
    void theListGroupsThePlansGoalsByThemeAndShowsTheFrameworksGoalsReadOnly() throws Exception {
        long frameworkGoal = frameworkGoal("Minder woninginbraken dan in 2025");
        String page = mvc.perform(get(GOALS).with(as(jdbc, "adviseur.rijswijk")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(GOALS + "/nieuw")))
                .andExpect(content().string(containsString(GOALS + "/" + goals.get(0) + "/bewerken")))
                .andExpect(content().string(containsString(GOALS + "/" + goals.get(1) + "/omhoog")))
                .andExpect(content().string(containsString("Doelen uit het beleidskader")))
                .andExpect(content().string(containsString("Minder woninginbraken dan in 2025")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .doesNotContain(GOALS + "/" + frameworkGoal + "/bewerken")
                .doesNotContain(GOALS + "/" + goals.get(0) + "/omhoog");
    }

    @Test
    void advisorAddsAGoalAtTheEndOfItsTheme() throws Exception {
        mvc.perform(add("adviseur.rijswijk", "9.1", "Minder onveiligheidsgevoel in de wijk", theme))
                .andExpect(redirectedUrlPattern(GOALS + "#doel-*"))
                .andExpect(flash().attribute("message", "objective.added"));
        entityManager.flush();
        Map<String, Object> row = jdbc.sql("select plan_id, theme_id, number, id from objective where text = ?")
                .param("Minder onveiligheidsgevoel in de wijk")
                .query()
                .singleRow();
        assertThat(row)
                .containsEntry("plan_id", plan)
                .containsEntry("theme_id", theme)
                .containsEntry("number", "9.1");
        assertThat(goals(theme)).hasSize(goals.size() + 1).last().isEqualTo(row.get("id"));
        mvc.perform(get(GOALS).with(as(jdbc, "adviseur.rijswijk")))
                .andExpect(content().string(containsString("Minder onveiligheidsgevoel in de wijk")));
    }

    @Test
    void eachRuleIsExplainedNextToItsFieldAndKeepsWhatWasTyped() throws Exception {
        long count = count();
        mvc.perform(post(GOALS + "/nieuw")
                        .with(as(jdbc, "adviseur.rijswijk"))
                        .with(csrf())
                        .param("nummer", "1")
                        .param("tekst", "Mijn doel zonder thema"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kies een thema uit het beleidskader van dit plan.")))
                .andExpect(content().string(containsString("aria-describedby=\"thema-fout\"")))
                .andExpect(content().string(containsString("Mijn doel zonder thema</textarea>")));
        long wassenaarTheme = jdbc.sql("""
                select min(t.id) from theme t join policy_framework f on f.id = t.framework_id where f.slug = 'ivb-2024-2027'""").query(Long.class).single();
        mvc.perform(add("adviseur.rijswijk", "1", "Doel bij een vreemd thema", wassenaarTheme))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kies een thema uit het beleidskader van dit plan.")))
                .andExpect(content().string(containsString("Doel bij een vreemd thema</textarea>")));
        mvc.perform(add("adviseur.rijswijk", "7", "  ", theme))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vul het doel in.")))
                .andExpect(content().string(containsString("href=\"#tekst\"")))
                .andExpect(content().string(containsString("value=\"7\"")));
        mvc.perform(add("adviseur.rijswijk", "1".repeat(21), "Doel met een te lang nummer", theme))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Gebruik hoogstens 20 tekens.")))
                .andExpect(content().string(containsString("Doel met een te lang nummer</textarea>")));
        entityManager.flush();
        assertThat(count()).isEqualTo(count);
    }

    @Test
    void advisorEditsAGoalAndAnotherThemePutsItLastThere() throws Exception {
        long goal = goals.get(0);
        mvc.perform(edit("adviseur.rijswijk", goal, "1a", "Herschreven doel", theme))
                .andExpect(redirectedUrl(GOALS + "#doel-" + goal))
                .andExpect(flash().attribute("message", "objective.saved"));
        entityManager.flush();
        assertThat(jdbc.sql("select number, text from objective where id = ?")
                        .param(goal)
                        .query()
                        .singleRow())
                .containsEntry("number", "1a")
                .containsEntry("text", "Herschreven doel");

        long otherTheme =
                jdbc.sql("""
                select max(t.id) from theme t where t.framework_id = (select framework_id from execution_plan where id = ?)
                and t.id <> ?""").param(plan).param(theme).query(Long.class).single();
        List<Long> there = goals(otherTheme);
        mvc.perform(edit("adviseur.rijswijk", goal, "1a", "Herschreven doel", otherTheme))
                .andExpect(status().is3xxRedirection());
        entityManager.flush();
        assertThat(goals(otherTheme)).hasSize(there.size() + 1).last().isEqualTo(goal);
        assertThat(goals(theme)).doesNotContain(goal);
    }

    @Test
    void aColleaguesSaveInBetweenIsShownAndNothingIsOverwritten() throws Exception {
        long goal = goals.get(0);
        long opened = version(goal);
        mvc.perform(edit("manager.rijswijk", goal, "1", "Doel van de collega", theme, opened))
                .andExpect(status().is3xxRedirection());
        entityManager.flush();
        mvc.perform(edit("adviseur.rijswijk", goal, "1", "Mijn doel", theme, opened))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Een collega heeft dit doel opgeslagen")))
                .andExpect(content().string(containsString("Mijn doel</textarea>")))
                .andExpect(content().string(containsString("Doel van de collega")))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + version(goal) + "\"")));
        entityManager.flush();
        assertThat(jdbc.sql("select text from objective where id = ?")
                        .param(goal)
                        .query(String.class)
                        .single())
                .isEqualTo("Doel van de collega");
    }

    @Test
    void omhoogAndOmlaagSwapAGoalWithItsNeighbourInTheSameTheme() throws Exception {
        mvc.perform(post(GOALS + "/{id}/omlaag", goals.get(0))
                        .with(as(jdbc, "adviseur.rijswijk"))
                        .with(csrf()))
                .andExpect(redirectedUrl(GOALS + "#doel-" + goals.get(0)));
        entityManager.flush();
        assertThat(goals(theme).subList(0, 2)).containsExactly(goals.get(1), goals.get(0));
        mvc.perform(post(GOALS + "/{id}/omhoog", goals.get(0))
                        .with(as(jdbc, "adviseur.rijswijk"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        entityManager.flush();
        assertThat(goals(theme)).isEqualTo(goals);
        long last = goals.get(goals.size() - 1);
        mvc.perform(post(GOALS + "/{id}/omlaag", last)
                        .with(as(jdbc, "adviseur.rijswijk"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        entityManager.flush();
        assertThat(goals(theme)).isEqualTo(goals);
    }

    @Test
    void deletingAGoalKeepsItsActivitiesWithoutAGoal() throws Exception {
        long goal = jdbc.sql("""
                select o.id from objective o where o.plan_id = ? and exists (select 1 from activity a where a.objective_id = o.id)
                order by o.id limit 1""").param(plan).query(Long.class).single();
        List<Long> activities = jdbc.sql("select id from activity where objective_id = ?")
                .param(goal)
                .query(Long.class)
                .list();
        mvc.perform(get(GOALS + "/{id}/verwijderen", goal).with(as(jdbc, "adviseur.rijswijk")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                activities.size() == 1 ? "1 activiteit" : activities.size() + " activiteiten")))
                .andExpect(content().string(containsString("zonder doel")));
        mvc.perform(post(GOALS + "/{id}/verwijderen", goal)
                        .with(as(jdbc, "adviseur.rijswijk"))
                        .with(csrf()))
                .andExpect(redirectedUrl(GOALS))
                .andExpect(flash().attribute("message", "objective.deleted"));
        entityManager.flush();
        assertThat(jdbc.sql("select count(*) from objective where id = ?")
                        .param(goal)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select objective_id from activity where id in (:ids)")
                        .param("ids", activities)
                        .query((rs, row) -> rs.getObject(1))
                        .list())
                .hasSize(activities.size())
                .containsOnlyNulls();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"raadslid.rijswijk, 403", "adviseur.wassenaar, 403"})
    void othersMayNotReadOrChangeTheGoals(String username, int expected) throws Exception {
        long goal = goals.get(0);
        Map<String, Object> before = jdbc.sql("select text, position, version from objective where id = ?")
                .param(goal)
                .query()
                .singleRow();
        long count = count();
        for (String page : new String[] {
            GOALS, GOALS + "/nieuw", GOALS + "/" + goal + "/bewerken", GOALS + "/" + goal + "/verwijderen"
        }) {
            mvc.perform(get(page).with(as(jdbc, username))).andExpect(status().is(expected));
        }
        mvc.perform(add(username, "1", "Poging", theme)).andExpect(status().is(expected));
        mvc.perform(edit(username, goal, "1", "Poging", theme)).andExpect(status().is(expected));
        mvc.perform(post(GOALS + "/{id}/omlaag", goal).with(as(jdbc, username)).with(csrf()))
                .andExpect(status().is(expected));
        mvc.perform(post(GOALS + "/{id}/verwijderen", goal)
                        .with(as(jdbc, username))
                        .with(csrf()))
                .andExpect(status().is(expected));
        entityManager.flush();
        assertThat(count()).isEqualTo(count);
        assertThat(jdbc.sql("select text, position, version from objective where id = ?")
                        .param(goal)
                        .query()
                        .singleRow())
                .isEqualTo(before);
    }

    @Test
    void anAdoptedPlanKeepsItsGoals() throws Exception {
        String adopted = "/gemeenten/wassenaar/kaders/ivb-2024-2027/plannen/2025/doelen";
        long wassenaarTheme = jdbc.sql("""
                select min(t.id) from theme t join policy_framework f on f.id = t.framework_id where f.slug = 'ivb-2024-2027'""").query(Long.class).single();
        long adoptedPlan = jdbc.sql("""
                select p.id from execution_plan p join policy_framework f on f.id = p.framework_id
                where f.slug = 'ivb-2024-2027' and p.year = 2025""").query(Long.class).single();
        long goal = jdbc.sql("""
                insert into objective (theme_id, plan_id, number, text, position) values (?, ?, '1', 'Doel van 2025', 0)
                returning id""")
                .param(wassenaarTheme)
                .param(adoptedPlan)
                .query(Long.class)
                .single();
        mvc.perform(get(adopted).with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("kan niet meer worden gewijzigd")));
        mvc.perform(post(adopted + "/nieuw")
                        .with(as(jdbc, "adviseur.wassenaar"))
                        .with(csrf())
                        .param("thema", String.valueOf(wassenaarTheme))
                        .param("tekst", "Poging"))
                .andExpect(status().isConflict());
        mvc.perform(post(adopted + "/{id}/bewerken", goal)
                        .with(as(jdbc, "manager.wassenaar"))
                        .with(csrf())
                        .param("thema", String.valueOf(wassenaarTheme))
                        .param("tekst", "Poging")
                        .param("version", "0"))
                .andExpect(status().isConflict());
        mvc.perform(post(adopted + "/{id}/verwijderen", goal)
                        .with(as(jdbc, "adviseur.wassenaar"))
                        .with(csrf()))
                .andExpect(status().isConflict());
        entityManager.flush();
        assertThat(jdbc.sql("select text from objective where plan_id = ?")
                        .param(adoptedPlan)
                        .query(String.class)
                        .list())
                .containsExactly("Doel van 2025");
    }

    @Test
    void aFrameworkGoalOrAnotherPlansGoalIsNotFoundUnderThisPlan() throws Exception {
        long frameworkGoal = frameworkGoal("Doel van het kader");
        mvc.perform(get(GOALS + "/{id}/bewerken", frameworkGoal).with(as(jdbc, "adviseur.rijswijk")))
                .andExpect(status().isNotFound());
        mvc.perform(edit("adviseur.rijswijk", frameworkGoal, "1", "Poging", theme))
                .andExpect(status().isNotFound());
        mvc.perform(post(GOALS + "/{id}/verwijderen", frameworkGoal)
                        .with(as(jdbc, "adviseur.rijswijk"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/gemeenten/wassenaar/kaders/ivb-2024-2027/plannen/2026/doelen/{id}/bewerken", goals.get(0))
                        .with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(status().isNotFound());
        entityManager.flush();
        assertThat(jdbc.sql("select text from objective where id = ?")
                        .param(frameworkGoal)
                        .query(String.class)
                        .single())
                .isEqualTo("Doel van het kader");
    }

    @Test
    void thePlanPageLinksHereOnlyForEditors() throws Exception {
        mvc.perform(get(PLAN).with(as(jdbc, "adviseur.rijswijk")))
                .andExpect(content().string(containsString(GOALS)));
        mvc.perform(get(PLAN).with(as(jdbc, "manager.rijswijk")))
                .andExpect(content().string(containsString(GOALS)));
        mvc.perform(get("/gemeenten/wassenaar/kaders/ivb-2024-2027/plannen/2025")
                        .with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(content().string(not(containsString("/doelen"))));
    }

    @Test
    void theListRunsAFixedNumberOfStatements() throws Exception {
        var advisor = as(jdbc, "adviseur.rijswijk");
        int statements =
                counter.count(() -> mvc.perform(get(GOALS).with(advisor)).andExpect(status().isOk()));
        // municipality, plan, the plan's and the framework's goals with their themes, the header's municipality
        // switcher
        assertThat(statements).isEqualTo(4);
    }

    private long frameworkGoal(String text) {
        return jdbc.sql(
                        "insert into objective (theme_id, plan_id, number, text, position) values (?, null, 'K1', ?, 0) returning id")
                .param(theme)
                .param(text)
                .query(Long.class)
                .single();
    }

    private MockHttpServletRequestBuilder add(String username, String number, String text, long themeId) {
        return post(GOALS + "/nieuw")
                .with(as(jdbc, username))
                .with(csrf())
                .param("nummer", number)
                .param("tekst", text)
                .param("thema", String.valueOf(themeId));
    }

    private MockHttpServletRequestBuilder edit(String username, long id, String number, String text, long themeId) {
        return edit(username, id, number, text, themeId, version(id));
    }

    private MockHttpServletRequestBuilder edit(
            String username, long id, String number, String text, long themeId, long version) {
        return post(GOALS + "/{id}/bewerken", id)
                .with(as(jdbc, username))
                .with(csrf())
                .param("nummer", number)
                .param("tekst", text)
                .param("thema", String.valueOf(themeId))
                .param("version", String.valueOf(version));
    }

    private List<Long> goals(long themeId) {
        return jdbc.sql("select id from objective where plan_id = ? and theme_id = ? order by position, id")
                .param(plan)
                .param(themeId)
                .query(Long.class)
                .list();
    }

    private long count() {
        return jdbc.sql("select count(*) from objective").query(Long.class).single();
    }

    private long version(long id) {
        return jdbc.sql("select version from objective where id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }
}
