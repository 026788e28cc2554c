package nl.ivbplanner.kpi;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.ivbplanner.support.ApiKeys;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** One KPI of a plan with its measurements: for whoever may read the plan, and only at its own plan's address. */
@IvbIntegrationTest
class KpiApiTest {

    static final String WASSENAAR = "/api/v1/gemeenten/wassenaar/kaders/ivb-2024-2027/plannen/";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeKeys() {
        jdbc.sql("delete from api_key").update();
    }

    @Test
    void anyoneReadsAPublishedPlansKpiWithItsMeasurements() throws Exception {
        mvc.perform(get(WASSENAAR + "2025/kpis/" + kpi(2025, "Aanmelding")))
                .andExpect(status().isOk())
                .andExpect(header().exists("ETag"))
                .andExpect(jsonPath("$.naam").value("Aanmelding"))
                .andExpect(jsonPath("$.eenheid").value("meldingen bij de Lokale Kamer"))
                .andExpect(jsonPath("$.metingen[?(@.periode == '2025')].waarde").value(hasItem(9.0)))
                .andExpect(jsonPath("$.metingen[?(@.periode == '2024')].waarde").value(hasItem(1.0)));
    }

    @Test
    void anotherMunicipalitysKeyIsRefusedAndAnotherPlansKpiIsNotFoundHere() throws Exception {
        long concept = jdbc.sql("""
                select k.id from kpi k join execution_plan p on p.id = k.plan_id
                join policy_framework f on f.id = p.framework_id
                where f.slug = 'strategisch-veiligheidsbeleid-2026-2030' and p.year = 2026 order by k.id limit 1""").query(Long.class).single();
        String path = "/api/v1/gemeenten/rijswijk/kaders/strategisch-veiligheidsbeleid-2026-2030/plannen/2026/kpis/"
                + concept;
        mvc.perform(get(path).header("Authorization", "Bearer " + ApiKeys.make(jdbc, "adviseur.wassenaar")))
                .andExpect(status().isForbidden());
        mvc.perform(get(path)).andExpect(status().isUnauthorized());
        mvc.perform(get(path).header("Authorization", "Bearer " + ApiKeys.make(jdbc, "adviseur.rijswijk")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(concept));
        // Rijswijk's KPI is no KPI of Wassenaar's plan
        mvc.perform(get(WASSENAAR + "2025/kpis/" + concept)).andExpect(status().isNotFound());
        mvc.perform(get(WASSENAAR + "2025/kpis/een")).andExpect(status().isBadRequest());
    }

    private long kpi(int year, String name) {
        return jdbc.sql("""
                select k.id from kpi k join execution_plan p on p.id = k.plan_id
                join policy_framework f on f.id = p.framework_id
                where f.slug = 'ivb-2024-2027' and p.year = :year and k.name = :name""")
                .param("year", year)
                .param("name", name)
                .query(Long.class)
                .single();
    }
}
