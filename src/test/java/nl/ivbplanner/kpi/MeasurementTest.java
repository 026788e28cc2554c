package nl.ivbplanner.kpi;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import nl.ivbplanner.plan.PlanState;
import nl.ivbplanner.support.Given;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/** Recording measured values of Rijswijk's KPIs for 2026, also after adoption (rolled back after each test). */
@IvbIntegrationTest
@Transactional
class MeasurementTest {

    private static final String PLAN =
            "/gemeenten/rijswijk/kaders/strategisch-veiligheidsbeleid-2026-2030/plannen/2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @PersistenceContext
    EntityManager entityManager;

    long numeric;
    long milestone;

    @BeforeEach
    void pickKpis() {
        numeric = kpi("NUMERIC");
        milestone = kpi("MILESTONE");
    }

    @Test
    void anAdvisorRecordsAValueInDutchNotationAfterAdoption() throws Exception {
        setState("VASTGESTELD");
        mvc.perform(measure("adviseur.rijswijk", numeric)
                        .param("periode", "Eerste helft 2026")
                        .param("jaar", "2026")
                        .param("waarde", "1.250,5")
                        .param("peildatum", "30-06-2026")
                        .param("bron", "POLITIE"))
                .andExpect(redirectedUrl(PLAN + "/kpis/" + numeric + "/metingen"));
        entityManager.flush();
        assertThat(jdbc.sql("""
                select period || ' ' || year || ' ' || value || ' ' || peildatum || ' ' || source from measurement
                where kpi_id = ? and period = 'Eerste helft 2026'""").param(numeric).query(String.class).single())
                .isEqualTo("Eerste helft 2026 2026 1250.50 2026-06-30 Politie");
        mvc.perform(get(PLAN + "/kpis/{id}/metingen", numeric).with(as(jdbc, "adviseur.rijswijk")))
                .andExpect(content().string(containsString("1.250,5")))
                .andExpect(content().string(containsString("30-06-2026")));
        mvc.perform(get(PLAN).with(as(jdbc, "manager.rijswijk")))
                .andExpect(content().string(containsString(PLAN + "/kpis/" + numeric + "/metingen")));
    }

    @Test
    void aMilestoneIsReachedOrNotAndThePlanPageSaysSo() throws Exception {
        mvc.perform(measure("adviseur.rijswijk", milestone)
                        .param("periode", "2026")
                        .param("behaald", "JA")
                        .param("bron", "EIGEN_REGISTRATIE"))
                .andExpect(status().is3xxRedirection());
        entityManager.flush();
        assertThat(jdbc.sql("select value from measurement where kpi_id = ?")
                        .param(milestone)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        mvc.perform(get(PLAN + "/kpis/{id}/metingen", milestone).with(as(jdbc, "adviseur.rijswijk")))
                .andExpect(content().string(containsString("Behaald")))
                .andExpect(content().string(containsString("Doel gehaald")));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "waarde|abc|Vul een getal in, bijvoorbeeld 1.250,5",
                "waarde|''|Vul de gemeten waarde in.",
                "waarde|1,255|Gebruik hoogstens 2 cijfers achter de komma.",
                "peildatum|31-02-2026|Deze datum bestaat niet.",
                "peildatum|01-01-2999|De peildatum kan niet in de toekomst liggen.",
                "peildatum|2026-06-30|Vul een datum in als dd-mm-jjjj",
                "jaar|26|Vul een jaar in met vier cijfers",
                "jaar|0000|Vul een jaar in met vier cijfers tussen 1990 en 2100",
                "jaar|9999|Vul een jaar in met vier cijfers tussen 1990 en 2100",
                "periode|''|Vul de periode van de meting in.",
                "bron|ANDERS|Vul bij ‘Anders’ in welke bron het is.",
                "periode|Schooljaar 2025/2026|Vul het jaar in waar de meting bij hoort (of een peildatum)",
                "periode|Q3|Vul het jaar in waar de meting bij hoort (of een peildatum)",
                "jaar|2099|Dit jaar is nog niet begonnen."
            })
    void bad_input_is_explained_next_to_the_field_and_kept(String field, String value, String message)
            throws Exception {
        MockHttpServletRequestBuilder request =
                measure("adviseur.rijswijk", numeric).param("toelichting", "Mijn toelichting");
        for (String[] param : new String[][] {{"periode", "2026"}, {"waarde", "12"}, {"bron", "CBS"}}) {
            if (!param[0].equals(field)) {
                request.param(param[0], param[1]);
            }
        }
        mvc.perform(request.param(field, value))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message)))
                .andExpect(content().string(containsString("aria-describedby=\"" + field)))
                .andExpect(content().string(containsString("Mijn toelichting")));
        entityManager.flush();
        assertThat(jdbc.sql("select count(*) from measurement where kpi_id = ?")
                        .param(numeric)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aMeasurementCanBeRemoved() throws Exception {
        mvc.perform(measure("adviseur.rijswijk", numeric)
                        .param("periode", "2026")
                        .param("waarde", "7")
                        .param("bron", "CBS"))
                .andExpect(status().is3xxRedirection());
        entityManager.flush();
        long id = jdbc.sql("select id from measurement where kpi_id = ?")
                .param(numeric)
                .query(Long.class)
                .single();
        mvc.perform(post(PLAN + "/kpis/{k}/metingen/{m}/verwijderen", numeric, id)
                        .with(as(jdbc, "adviseur.rijswijk"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        entityManager.flush();
        assertThat(jdbc.sql("select count(*) from measurement where kpi_id = ?")
                        .param(numeric)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @ParameterizedTest(name = "{0} on a {1} plan: {2}")
    @CsvSource({
        "raadslid.rijswijk, VASTGESTELD, 403",
        "adviseur.wassenaar, VASTGESTELD, 403",
        "manager.rijswijk, CONCEPT, 302",
        "adviseur.rijswijk, GEEVALUEERD, 409"
    })
    void whoMayMeasureAndWhen(String username, String state, int expected) throws Exception {
        setState(state);
        mvc.perform(get(PLAN + "/kpis/{id}/metingen", numeric).with(as(jdbc, username)))
                .andExpect(status().is(expected == 302 ? 200 : expected));
        mvc.perform(measure(username, numeric)
                        .param("periode", "2026")
                        .param("waarde", "9")
                        .param("bron", "CBS"))
                .andExpect(status().is(expected));
        entityManager.flush();
        assertThat(jdbc.sql("select count(*) from measurement where kpi_id = ?")
                        .param(numeric)
                        .query(Long.class)
                        .single())
                .isEqualTo(expected == 302 ? 1 : 0);
    }

    private MockHttpServletRequestBuilder measure(String username, long kpi) {
        return post(PLAN + "/kpis/{id}/metingen", kpi).with(as(jdbc, username)).with(csrf());
    }

    private void setState(String state) {
        Given.Plan plan = Given.in(jdbc).plan("strategisch-veiligheidsbeleid-2026-2030", 2026);
        switch (PlanState.valueOf(state)) {
            case CONCEPT -> plan.concept();
            case VASTGESTELD -> plan.adopted(LocalDate.of(2026, 2, 10));
            case GEEVALUEERD -> plan.evaluated(LocalDate.of(2026, 2, 10), LocalDate.of(2027, 1, 20));
        }
    }

    private long kpi(String kind) {
        return jdbc.sql("""
                select min(k.id) from kpi k join execution_plan p on p.id = k.plan_id join policy_framework f on f.id = p.framework_id
                where f.slug = 'strategisch-veiligheidsbeleid-2026-2030' and p.year = 2026 and k.kind = ?
                  and not exists (select 1 from measurement m where m.kpi_id = k.id)""").param(kind).query(Long.class).single();
    }
}
