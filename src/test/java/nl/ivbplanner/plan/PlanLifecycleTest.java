package nl.ivbplanner.plan;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** A manager adopts Wassenaar's concept plan 2026 and reopens it with a reason (rolled back after each test). */
@IvbIntegrationTest
@Transactional
class PlanLifecycleTest {

    private static final String PLAN = "/gemeenten/wassenaar/kaders/ivb-2024-2027/plannen/2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    /** The test's transaction spans the requests: flush what they changed before reading it with SQL. */
    @PersistenceContext
    EntityManager entityManager;

    @Test
    void managerAdoptsWithTheCollegeDateAndReopensWithAReasonKeptInTheHistory() throws Exception {
        mvc.perform(get(PLAN).with(as(jdbc, "manager.wassenaar")))
                .andExpect(content().string(containsString(PLAN + "/vaststellen")));
        mvc.perform(post(PLAN + "/vaststellen")
                        .with(as(jdbc, "manager.wassenaar"))
                        .with(csrf())
                        .param("besluitdatum", "3-2-2026"))
                .andExpect(redirectedUrl(PLAN));
        assertThat(state()).isEqualTo("VASTGESTELD 2026-02-03");
        mvc.perform(get(PLAN).with(as(jdbc, "raadslid.wassenaar"))).andExpect(status().isOk());

        mvc.perform(post(PLAN + "/heropenen")
                        .with(as(jdbc, "manager.wassenaar"))
                        .with(csrf())
                        .param("reden", "Motie van de raad over cameratoezicht verwerken"))
                .andExpect(redirectedUrl(PLAN));
        assertThat(state()).isEqualTo("CONCEPT null");
        mvc.perform(get(PLAN).with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(content().string(containsString("Vastgesteld → Concept op")))
                .andExpect(
                        content().string(containsString("; reden: Motie van de raad over cameratoezicht verwerken")));
        assertThat(jdbc.sql("""
                select string_agg(c.from_state || '>' || c.to_state || ':' || coalesce(c.reason, '') || ':' || u.username, ' | '
                                  order by c.id)
                from plan_state_change c join app_user u on u.id = c.changed_by
                join execution_plan p on p.id = c.plan_id join policy_framework f on f.id = p.framework_id
                where f.slug = 'ivb-2024-2027' and p.year = 2026""").query(String.class).single())
                .isEqualTo("CONCEPT>VASTGESTELD::manager.wassenaar | "
                        + "VASTGESTELD>CONCEPT:Motie van de raad over cameratoezicht verwerken:manager.wassenaar");
    }

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "''|Vul de datum van het collegebesluit in.",
                "28 januari 2026|Vul een datum in als dd-mm-jjjj, bijvoorbeeld 28-01-2026.",
                "31-02-2026|Deze datum bestaat niet.",
                "01-01-2999|De datum van het collegebesluit kan niet in de toekomst liggen."
            })
    void explainsAWrongDateNextToTheFieldAndKeepsThePlanAConcept(String input, String message) throws Exception {
        mvc.perform(post(PLAN + "/vaststellen")
                        .with(as(jdbc, "manager.wassenaar"))
                        .with(csrf())
                        .param("besluitdatum", input))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message)))
                .andExpect(content().string(containsString("aria-describedby=\"besluitdatum-fout besluitdatum-hint\"")))
                .andExpect(content().string(containsString("value=\"" + input + "\"")));
        assertThat(state()).isEqualTo("CONCEPT null");
    }

    @Test
    void reopeningNeedsAReasonAndOnlyAnAdoptedPlanCanBeReopened() throws Exception {
        mvc.perform(post(PLAN + "/heropenen")
                        .with(as(jdbc, "manager.wassenaar"))
                        .with(csrf())
                        .param("reden", "Bijstellen"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Alleen een vastgesteld plan kan worden heropend.")));
        mvc.perform(post(PLAN + "/vaststellen")
                .with(as(jdbc, "manager.wassenaar"))
                .with(csrf())
                .param("besluitdatum", "03-02-2026"));
        mvc.perform(post(PLAN + "/heropenen")
                        .with(as(jdbc, "manager.wassenaar"))
                        .with(csrf())
                        .param("reden", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Geef de reden om het plan te heropenen.")));
        assertThat(state()).isEqualTo("VASTGESTELD 2026-02-03");
    }

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource({
        "manager.wassenaar, wassenaar, 302",
        "beheerder, wassenaar, 302",
        "adviseur.wassenaar, wassenaar, 403",
        "raadslid.wassenaar, wassenaar, 403",
        "manager.rijswijk, wassenaar, 403"
    })
    void onlyManagersOfTheMunicipalityAdopt(String username, String slug, int expected) throws Exception {
        mvc.perform(post("/gemeenten/{m}/kaders/ivb-2024-2027/plannen/2026/vaststellen", slug)
                        .with(as(jdbc, username))
                        .with(csrf())
                        .param("besluitdatum", "03-02-2026"))
                .andExpect(status().is(expected));
        assertThat(state()).isEqualTo(expected == 302 ? "VASTGESTELD 2026-02-03" : "CONCEPT null");
        if (expected != 302) {
            mvc.perform(get(PLAN).with(as(jdbc, username)))
                    .andExpect(content().string(not(containsString(PLAN + "/vaststellen"))));
        }
    }

    private String state() {
        entityManager.flush();
        return jdbc.sql("""
                select p.state || ' ' || coalesce(p.adopted_on::text, 'null') from execution_plan p
                join policy_framework f on f.id = p.framework_id where f.slug = 'ivb-2024-2027' and p.year = 2026""").query(String.class).single();
    }
}
