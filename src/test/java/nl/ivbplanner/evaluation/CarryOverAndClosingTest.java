package nl.ivbplanner.evaluation;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.ivbplanner.support.Given;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/** Closing and reopening an evaluation, and carrying yellow and red work into next year (rolled back after each test). */
@IvbIntegrationTest
@Transactional
class CarryOverAndClosingTest {

    private static final String WASSENAAR = "/gemeenten/wassenaar/kaders/ivb-2024-2027/plannen/";
    private static final String RIJSWIJK =
            "/gemeenten/rijswijk/kaders/strategisch-veiligheidsbeleid-2026-2030/plannen/";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @PersistenceContext
    EntityManager entityManager;

    @Test
    void theSeededChainShowsWhatWasAlreadyCarriedAndRunningTwiceAddsNothingTwice() throws Exception {
        List<Long> yellowAndRed = verdicts("ivb-2024-2027", 2025, "YELLOW", "RED");
        assertThat(yellowAndRed).hasSize(7);
        long alreadyIn2026 = carriedInto("ivb-2024-2027", 2026, yellowAndRed);
        mvc.perform(get(WASSENAAR + "2025/overnemen").with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("staat al in het plan van 2026")))
                .andExpect(content().string(containsString("De activiteiten komen bij het conceptplan")));

        mvc.perform(carryOver("adviseur.wassenaar", WASSENAAR + "2025", yellowAndRed))
                .andExpect(redirectedUrl(WASSENAAR + "2026"))
                .andExpect(flash().attribute(
                                "messageArguments",
                                List.of(
                                        (int) (7 - alreadyIn2026),
                                        "Uitvoeringsplan Integraal Veiligheidsbeleid Wassenaar 2026",
                                        (int) alreadyIn2026)));
        entityManager.flush();
        assertThat(carriedInto("ivb-2024-2027", 2026, yellowAndRed)).isEqualTo(7);
        long activities2026 = activities("ivb-2024-2027", 2026);

        mvc.perform(carryOver("adviseur.wassenaar", WASSENAAR + "2025", yellowAndRed))
                .andExpect(flash().attribute(
                                "messageArguments",
                                List.of(0, "Uitvoeringsplan Integraal Veiligheidsbeleid Wassenaar 2026", 7)));
        entityManager.flush();
        assertThat(activities("ivb-2024-2027", 2026)).isEqualTo(activities2026);
    }

    @Test
    void intoAPlanThatDoesNotExistYetWithTextsPartnersAndOrigin() throws Exception {
        List<Long> rijswijk = evaluateRijswijk();
        mvc.perform(get(RIJSWIJK + "2026/overnemen").with(as(jdbc, "adviseur.rijswijk")))
                .andExpect(content()
                        .string(containsString("Er is nog geen plan voor 2027; het wordt als concept aangemaakt.")));
        // the advisor keeps the yellow ones (the first two) and leaves the red one out
        mvc.perform(carryOver("adviseur.rijswijk", RIJSWIJK + "2026", rijswijk.subList(0, 2)))
                .andExpect(redirectedUrl(RIJSWIJK + "2027"));
        entityManager.flush();
        assertThat(jdbc.sql("""
                select p.state || ' ' || p.title from execution_plan p join policy_framework f on f.id = p.framework_id
                where f.slug = 'strategisch-veiligheidsbeleid-2026-2030' and p.year = 2027""").query(String.class).single())
                .isEqualTo("CONCEPT Uitvoeringsplan Veiligheid Rijswijk 2027");
        assertThat(jdbc.sql("""
                select count(*) from activity c join activity o on o.id = c.carried_over_from_id
                where o.id in (:ids) and c.title = o.title and c.theme_id = o.theme_id
                  and (select count(*) from activity_partner where activity_id = c.id)
                    = (select count(*) from activity_partner where activity_id = o.id)""").param("ids", rijswijk).query(Long.class).single())
                .isEqualTo(2);
        long copy = jdbc.sql("select id from activity where carried_over_from_id = ?")
                .param(rijswijk.get(0))
                .query(Long.class)
                .single();
        mvc.perform(get("/gemeenten/rijswijk/activiteiten/{id}", copy).with(as(jdbc, "adviseur.rijswijk")))
                .andExpect(content().string(containsString("Overgenomen uit het plan 2026")));
    }

    @Test
    void anAdoptedNextPlanTakesNothingAndAConceptHasNothingToCarry() throws Exception {
        List<Long> yellowAndRed = verdicts("ivb-2024-2027", 2025, "YELLOW", "RED");
        Given.in(jdbc).plan("ivb-2024-2027", 2026).adopted(LocalDate.of(2026, 1, 20));
        long before = activities("ivb-2024-2027", 2026);
        mvc.perform(get(WASSENAAR + "2025/overnemen").with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(content().string(containsString("is al vastgesteld")));
        mvc.perform(carryOver("adviseur.wassenaar", WASSENAAR + "2025", yellowAndRed))
                .andExpect(status().isConflict());
        entityManager.flush();
        assertThat(activities("ivb-2024-2027", 2026)).isEqualTo(before);

        mvc.perform(get(WASSENAAR + "2026/overnemen").with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Sluit eerst de evaluatie af.")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"raadslid.wassenaar, 403", "adviseur.rijswijk, 403", "manager.wassenaar, 302"})
    void onlyTheMunicipalitysStaffCarryOver(String username, int expected) throws Exception {
        List<Long> yellowAndRed = verdicts("ivb-2024-2027", 2025, "YELLOW", "RED");
        long before = activities("ivb-2024-2027", 2026);
        mvc.perform(get(WASSENAAR + "2025/overnemen").with(as(jdbc, username)))
                .andExpect(status().is(expected == 302 ? 200 : expected));
        mvc.perform(carryOver(username, WASSENAAR + "2025", yellowAndRed)).andExpect(status().is(expected));
        entityManager.flush();
        assertThat(activities("ivb-2024-2027", 2026) > before).isEqualTo(expected == 302);
    }

    @Test
    void aManagerReopensAnEvaluationWithAReasonAndClosesItAgain() throws Exception {
        mvc.perform(get(WASSENAAR + "2025").with(as(jdbc, "manager.wassenaar")))
                .andExpect(content().string(containsString("Evaluatie heropenen")));
        mvc.perform(post(WASSENAAR + "2025/heropenen")
                        .with(as(jdbc, "manager.wassenaar"))
                        .with(csrf())
                        .param("reden", "Resultaat cameratoezicht aanvullen"))
                .andExpect(redirectedUrl(WASSENAAR + "2025"))
                .andExpect(flash().attribute("message", "plan.lifecycle.reopened.VASTGESTELD"));
        entityManager.flush();
        assertThat(state("ivb-2024-2027", 2025)).isEqualTo("VASTGESTELD null");
        mvc.perform(get(WASSENAAR + "2025/evaluatie").with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("21 van 21 activiteiten beoordeeld")));

        mvc.perform(post(WASSENAAR + "2025/evaluatie/afsluiten")
                        .with(as(jdbc, "adviseur.wassenaar"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(WASSENAAR + "2025/evaluatie/afsluiten")
                        .with(as(jdbc, "manager.wassenaar"))
                        .with(csrf()))
                .andExpect(redirectedUrl(WASSENAAR + "2025"));
        entityManager.flush();
        assertThat(state("ivb-2024-2027", 2025))
                .isEqualTo("GEEVALUEERD " + LocalDate.now(ZoneId.of("Europe/Amsterdam")));
        assertThat(jdbc.sql("""
                select string_agg(c.from_state || '>' || c.to_state || ':' || coalesce(c.reason, ''), ' | ' order by c.id)
                from plan_state_change c join execution_plan p on p.id = c.plan_id
                join policy_framework f on f.id = p.framework_id where f.slug = 'ivb-2024-2027' and p.year = 2025""").query(String.class).single())
                .isEqualTo("GEEVALUEERD>VASTGESTELD:Resultaat cameratoezicht aanvullen | VASTGESTELD>GEEVALUEERD:");
        mvc.perform(get(WASSENAAR + "2025/evaluatie").with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(status().isConflict());
    }

    @Test
    void anEvaluationWithActivitiesWithoutAVerdictCannotBeClosed() throws Exception {
        Given.in(jdbc).plan("strategisch-veiligheidsbeleid-2026-2030", 2026).adopted(LocalDate.of(2026, 2, 10));
        mvc.perform(get(RIJSWIJK + "2026/evaluatie/afsluiten").with(as(jdbc, "manager.rijswijk")))
                .andExpect(content().string(containsString("Nog 84 activiteiten hebben geen eindejaarsoordeel.")));
        mvc.perform(post(RIJSWIJK + "2026/evaluatie/afsluiten")
                        .with(as(jdbc, "manager.rijswijk"))
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(
                        content().string(containsString("Nog niet alle activiteiten hebben een eindejaarsoordeel.")));
        entityManager.flush();
        assertThat(state("strategisch-veiligheidsbeleid-2026-2030", 2026)).isEqualTo("VASTGESTELD null");
    }

    /** Rijswijk 2026 evaluated: two activities yellow, one red, the rest green; returns the three in that order. */
    private List<Long> evaluateRijswijk() {
        Given.Plan plan = Given.in(jdbc)
                .plan("strategisch-veiligheidsbeleid-2026-2030", 2026)
                .evaluated(LocalDate.of(2026, 2, 10), LocalDate.of(2026, 11, 1));
        List<Long> activities = plan.activities();
        plan.judgedAtYearEnd(activities.subList(0, 2), "YELLOW", "Toelichting")
                .judgedAtYearEnd(activities.subList(2, 3), "RED", "Toelichting")
                .judgedAtYearEnd(activities.subList(3, activities.size()), "GREEN", "Toelichting");
        return List.of(
                verdicts("strategisch-veiligheidsbeleid-2026-2030", 2026, "YELLOW")
                        .get(0),
                verdicts("strategisch-veiligheidsbeleid-2026-2030", 2026, "YELLOW")
                        .get(1),
                verdicts("strategisch-veiligheidsbeleid-2026-2030", 2026, "RED").get(0));
    }

    private MockHttpServletRequestBuilder carryOver(String username, String plan, List<Long> activities) {
        return post(plan + "/overnemen")
                .with(as(jdbc, username))
                .with(csrf())
                .param("activiteit", activities.stream().map(String::valueOf).toArray(String[]::new));
    }

    private List<Long> verdicts(String framework, int year, String... statuses) {
        return jdbc.sql("""
                select a.id from activity a join execution_plan p on p.id = a.plan_id join policy_framework f on f.id = p.framework_id
                join evaluation e on e.activity_id = a.id and e.moment = 'YEAR_END'
                where f.slug = :framework and p.year = :year and e.status in (:statuses) order by a.position, a.id""")
                .param("framework", framework)
                .param("year", year)
                .param("statuses", List.of(statuses))
                .query(Long.class)
                .list();
    }

    private long carriedInto(String framework, int year, List<Long> origins) {
        return jdbc.sql("""
                select count(*) from activity a join execution_plan p on p.id = a.plan_id join policy_framework f on f.id = p.framework_id
                where f.slug = :framework and p.year = :year and a.carried_over_from_id in (:origins)""")
                .param("framework", framework)
                .param("year", year)
                .param("origins", origins)
                .query(Long.class)
                .single();
    }

    private long activities(String framework, int year) {
        return jdbc.sql("""
                select count(*) from activity a join execution_plan p on p.id = a.plan_id join policy_framework f on f.id = p.framework_id
                where f.slug = ? and p.year = ?""").param(framework).param(year).query(Long.class).single();
    }

    private String state(String framework, int year) {
        return jdbc.sql("""
                select p.state || ' ' || coalesce(p.evaluated_on::text, 'null') from execution_plan p
                join policy_framework f on f.id = p.framework_id where f.slug = ? and p.year = ?""").param(framework).param(year).query(String.class).single();
    }
}
