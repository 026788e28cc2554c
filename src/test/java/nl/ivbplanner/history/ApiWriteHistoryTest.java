package nl.ivbplanner.history;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import nl.ivbplanner.support.ApiKeys;
import nl.ivbplanner.support.Given;
import nl.ivbplanner.support.IvbOwnDatabaseTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A write through the API is kept in the history as a form's is, on the name of the key's user. Committed for real
 * (Envers writes its rows on commit), on the second database; the plan, the data and their history are put back afterwards.
 */
@IvbOwnDatabaseTest
class ApiWriteHistoryTest {

    private static final String FRAMEWORK = "strategisch-veiligheidsbeleid-2026-2030";
    private static final String PLAN = "/gemeenten/rijswijk/kaders/" + FRAMEWORK + "/plannen/2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    Given.Plan plan;
    long kpi;
    long activity;
    String key;

    @BeforeEach
    void anAdoptedPlanAndAnAdvisorsKey() {
        plan = Given.in(jdbc).plan(FRAMEWORK, 2026).adopted(LocalDate.of(2026, 2, 10));
        kpi = jdbc.sql("select min(id) from kpi where plan_id = ? and kind = 'NUMERIC'")
                .param(plan.id())
                .query(Long.class)
                .single();
        activity = plan.activities().get(0);
        key = ApiKeys.make(jdbc, "adviseur.rijswijk");
    }

    @AfterEach
    void putTheSeedsBack() {
        jdbc.sql("delete from measurement where kpi_id = ? and period = 'API-test 2026'")
                .param(kpi)
                .update();
        jdbc.sql("delete from evaluation where activity_id = ? and moment = 'INTERIM'")
                .param(activity)
                .update();
        // and their history: the plan's history page of this database counts its changes (PlanHistoryTest)
        jdbc.sql("delete from measurement_aud where kpi_id = ? and period = 'API-test 2026'")
                .param(kpi)
                .update();
        jdbc.sql("delete from evaluation_aud where activity_id = ? and moment = 'INTERIM'")
                .param(activity)
                .update();
        jdbc.sql("delete from api_key").update();
        plan.concept();
    }

    @Test
    void theHistoryNamesTheKeysUser() throws Exception {
        mvc.perform(post("/api/v1" + PLAN + "/kpis/{kpi}/metingen", kpi)
                        .header("Authorization", "Bearer " + key)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"periode\": \"API-test 2026\", \"waarde\": 41, \"bron\": \"POLITIE\"}"))
                .andExpect(status().isCreated());
        mvc.perform(put("/api/v1" + PLAN + "/activiteiten/{a}/tussenstand", activity)
                        .header("Authorization", "Bearer " + key)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"RED\", \"resultaat\": \"Uitgesteld naar 2027.\"}"))
                .andExpect(status().isOk());

        assertThat(jdbc.sql("""
                select r.username from measurement_aud a join revinfo r on r.rev = a.rev
                where a.kpi_id = ? and a.period = 'API-test 2026'""").param(kpi).query(String.class).list()).containsExactly("adviseur.rijswijk");
        String kpiHistory = history("kpi", kpi);
        assertThat(kpiHistory).contains("API-test 2026", "Beleidsadviseur Rijswijk");
        String activityHistory = history("activiteit", activity);
        assertThat(activityHistory)
                .contains("Beleidsadviseur Rijswijk (adviseur.rijswijk) Oordeel toegevoegd – Tussentijdse stand");
    }

    private String history(String kind, long id) throws Exception {
        return Jsoup.parse(mvc.perform(get(PLAN + "/geschiedenis/{kind}/{id}", kind, id)
                                .with(as(jdbc, "manager.rijswijk")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .text();
    }
}
