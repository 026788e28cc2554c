package nl.ivbplanner.kpi;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who answers for a KPI's measurements: someone of another municipality is refused next to the field; an advisor of
 * another municipality may not set it.
 */
@IvbIntegrationTest
@Transactional
class KpiAssignmentTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private record Target(String url, long kpi, long version) {}

    @Test
    void someoneOfAnotherMunicipalityIsRefusedNextToTheField() throws Exception {
        Target target = conceptKpi();

        String page = mvc.perform(assign(target, "manager.rijswijk", "adviseur.wassenaar"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page)
                .contains("id=\"verantwoordelijke-fout\"", "Kies een adviseur of leidinggevende van deze gemeente.");
        assertThat(responsible(target)).isNull();
    }

    @Test
    void anAdvisorOfAnotherMunicipalityMayNotSetIt() throws Exception {
        Target target = conceptKpi();

        mvc.perform(assign(target, "adviseur.wassenaar", "adviseur.rijswijk")).andExpect(status().isForbidden());

        assertThat(responsible(target)).isNull();
    }

    private MockHttpServletRequestBuilder assign(Target target, String person, String user) {
        return post(target.url() + "/kpis/" + target.kpi() + "/verantwoordelijke")
                .with(as(jdbc, user))
                .with(csrf())
                .param(
                        "verantwoordelijke",
                        String.valueOf(jdbc.sql("select id from app_user where username = ?")
                                .param(person)
                                .query(Long.class)
                                .single()))
                .param("version", String.valueOf(target.version()));
    }

    private Target conceptKpi() {
        return jdbc.sql("""
                        select '/gemeenten/' || m.slug || '/kaders/' || f.slug || '/plannen/' || p.year as url,
                               k.id as kpi, k.version
                        from kpi k join execution_plan p on p.id = k.plan_id
                        join policy_framework f on f.id = p.framework_id join municipality m on m.id = f.municipality_id
                        where m.slug = 'wassenaar' and p.state = 'CONCEPT' order by k.id limit 1""").query(Target.class).single();
    }

    private Long responsible(Target target) {
        return jdbc.sql("select responsible_user_id from kpi where id = ?")
                .param(target.kpi())
                .query(Long.class)
                .optional()
                .orElse(null);
    }
}
