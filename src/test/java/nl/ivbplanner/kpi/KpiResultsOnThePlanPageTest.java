package nl.ivbplanner.kpi;

import static nl.ivbplanner.support.Logins.as;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import nl.ivbplanner.support.IvbIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** The plan page says per KPI whether its latest measurement meets the target, and how it moved from the baseline. */
@IvbIntegrationTest
@Transactional
class KpiResultsOnThePlanPageTest {

    private static final String PLAN = "/gemeenten/wassenaar/kaders/ivb-2024-2027/plannen/2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theLatestMeasurementIsHeldAgainstTheTarget() throws Exception {
        long plan = jdbc.sql("""
                select p.id from execution_plan p join policy_framework f on f.id = p.framework_id
                where f.slug = 'ivb-2024-2027' and p.year = 2026""").query(Long.class).single();
        long kpi = jdbc.sql("""
                insert into kpi (plan_id, position, name, kind, comparator, baseline_value, baseline_year, target_value, target_year)
                values (?, 99, 'Aantal buurtpreventie-appgroepen', 'NUMERIC', 'AT_LEAST', 37, 2024, 45, 2026) returning id""").param(plan).query(Long.class).single();
        jdbc.sql("""
                insert into measurement (kpi_id, period, year, value, peildatum, source) values
                (?, '2025', 2025, 40, date '2025-12-31', 'eigen registratie'),
                (?, '2026', 2026, 45, date '2026-10-01', 'eigen registratie')""").params(kpi, kpi).update();
        jdbc.sql("""
                insert into kpi (plan_id, position, name, kind) values (?, 100, 'Convenant winkelcentrum getekend', 'MILESTONE')""").param(plan).update();

        mvc.perform(get(PLAN).with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(content().string(containsString("Doel gehaald")))
                .andExpect(content().string(containsString("↑ 8 hoger dan de uitgangswaarde")))
                .andExpect(content().string(containsString("peildatum 1-10-2026")))
                .andExpect(content().string(containsString("Nog geen meting")));
    }
}
