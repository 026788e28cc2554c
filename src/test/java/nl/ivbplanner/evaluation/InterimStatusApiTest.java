package nl.ivbplanner.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import nl.ivbplanner.support.ApiKeys;
import nl.ivbplanner.support.Given;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/**
 * Interim statuses written with a personal API key on Rijswijk's adopted plan 2026 (rolled back after each test):
 * read the version, replace it with that version, and a stale version is a conflict that shows what is stored.
 */
@IvbIntegrationTest
@Transactional
class InterimStatusApiTest {

    private static final String FRAMEWORK = "strategisch-veiligheidsbeleid-2026-2030";
    private static final String API = "/api/v1/gemeenten/rijswijk/kaders/" + FRAMEWORK + "/plannen/2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    Given.Plan plan;
    long activity;
    String advisor;

    @BeforeEach
    void anAdoptedPlanAndAnAdvisorsKey() {
        plan = Given.in(jdbc).plan(FRAMEWORK, 2026).adopted(LocalDate.of(2026, 2, 10));
        activity = plan.activities().get(0);
        advisor = ApiKeys.make(jdbc, "adviseur.rijswijk");
    }

    @Test
    void aFirstStatusNeedsNoVersionAndTheNextOneTheVersionRead() throws Exception {
        mvc.perform(read())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.activiteit").value(activity))
                .andExpect(content().string(containsString("\"status\":null")))
                .andExpect(content().string(containsString("\"versie\":null")));

        mvc.perform(save("{\"status\": \"YELLOW\", \"resultaat\": \"Twee van de drie bijeenkomsten gehouden.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("YELLOW"))
                .andExpect(jsonPath("$.label").value(legendLabel("YELLOW")))
                .andExpect(jsonPath("$.resultaat").value("Twee van de drie bijeenkomsten gehouden."))
                .andExpect(jsonPath("$.versie").value(0))
                .andExpect(jsonPath("$.door").value("Beleidsadviseur Rijswijk"))
                .andExpect(jsonPath("$.op").isNotEmpty());

        mvc.perform(save("{\"status\": \"GREEN\", \"versie\": 0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("GREEN"))
                .andExpect(jsonPath("$.versie").value(1));
        mvc.perform(read())
                .andExpect(jsonPath("$.status").value("GREEN"))
                .andExpect(jsonPath("$.versie").value(1));
        assertThat(jdbc.sql("select count(*) from evaluation where activity_id = ? and moment = 'YEAR_END'")
                        .param(activity)
                        .query(Long.class)
                        .single())
                .as("the year-end verdict is not touched")
                .isZero();
    }

    @Test
    void aStaleOrMissingVersionIsAConflictThatShowsTheStoredStatus() throws Exception {
        mvc.perform(save("{\"status\": \"RED\", \"resultaat\": \"Geen budget.\"}"))
                .andExpect(status().isOk());
        mvc.perform(save("{\"status\": \"GREEN\", \"versie\": 0}")).andExpect(status().isOk());

        mvc.perform(save("{\"status\": \"YELLOW\", \"resultaat\": \"Loopt door.\", \"versie\": 0}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Intussen gewijzigd"))
                .andExpect(jsonPath("$.opgeslagen.status").value("GREEN"))
                .andExpect(jsonPath("$.opgeslagen.versie").value(1))
                .andExpect(jsonPath("$.opgeslagen.door").value("Beleidsadviseur Rijswijk"));
        mvc.perform(save("{\"status\": \"YELLOW\", \"resultaat\": \"Loopt door.\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.opgeslagen.versie").value(1));
        mvc.perform(read()).andExpect(jsonPath("$.status").value("GREEN"));
    }

    @Test
    void theFormsRulesNameTheBodysFields() throws Exception {
        mvc.perform(save("{\"status\": \"YELLOW\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.fouten[0].veld").value("resultaat"))
                .andExpect(jsonPath("$.fouten[0].melding")
                        .value("Beschrijf het resultaat: bij dit oordeel is een toelichting verplicht."));
        mvc.perform(save("{\"status\": \"BLAUW\", \"versie\": -1}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.fouten[?(@.veld == 'status')].melding").value("Kies een oordeel."))
                .andExpect(jsonPath("$.fouten[?(@.veld == 'versie')]").isNotEmpty());
        mvc.perform(save("{}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.fouten[0].veld").value("status"));
        mvc.perform(read()).andExpect(jsonPath("$.status").isEmpty());
    }

    @Test
    void onlyTheMunicipalitysStaffWhileThePlanIsOpenForEvaluation() throws Exception {
        mvc.perform(save(key("raadslid.rijswijk"), "{\"status\": \"GREEN\"}")).andExpect(status().isForbidden());
        mvc.perform(save(key("manager.wassenaar"), "{\"status\": \"GREEN\"}")).andExpect(status().isForbidden());
        mvc.perform(get(API + "/activiteiten/{a}/tussenstand", activity)).andExpect(status().isUnauthorized());
        mvc.perform(put(API + "/activiteiten/{a}/tussenstand", 999999999)
                        .header("Authorization", "Bearer " + advisor)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"GREEN\"}"))
                .andExpect(status().isNotFound());

        plan.concept();
        mvc.perform(save("{\"status\": \"GREEN\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Nu niet mogelijk"))
                .andExpect(jsonPath("$.opgeslagen").doesNotExist());
        assertThat(jdbc.sql("select count(*) from evaluation where activity_id = ?")
                        .param(activity)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private MockHttpServletRequestBuilder read() {
        return get(API + "/activiteiten/{a}/tussenstand", activity).header("Authorization", "Bearer " + advisor);
    }

    private MockHttpServletRequestBuilder save(String body) {
        return save(advisor, body);
    }

    private MockHttpServletRequestBuilder save(String key, String body) {
        return put(API + "/activiteiten/{a}/tussenstand", activity)
                .header("Authorization", "Bearer " + key)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    private String key(String username) {
        return ApiKeys.make(jdbc, username);
    }

    private String legendLabel(String status) {
        return jdbc.sql("""
                select l.label from status_legend l join municipality m on m.id = l.municipality_id
                where m.slug = 'rijswijk' and l.status = ?""").param(status).query(String.class).single();
    }
}
