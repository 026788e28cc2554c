package nl.ivbplanner.evaluation;

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
import java.util.List;
import java.util.Map;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/** Admins rename Wassenaar's verdicts; every page shows the new label with its symbol (rolled back after each test). */
@IvbIntegrationTest
@Transactional
class LegendTest {

    private static final String LEGEND = "/gemeenten/wassenaar/legenda";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @PersistenceContext
    EntityManager entityManager;

    @Test
    void anAdminRenamesAVerdictAndThePlanShowsIt() throws Exception {
        mvc.perform(get(LEGEND).with(as(jdbc, "beheerder")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Gereed\"")));
        mvc.perform(save("beheerder", Map.of("GREEN", "Afgerond"), Map.of())).andExpect(redirectedUrl(LEGEND));
        entityManager.flush();
        assertThat(jdbc.sql("""
                select l.label from status_legend l join municipality m on m.id = l.municipality_id
                where m.slug = 'wassenaar' and l.status = 'GREEN'""").query(String.class).single()).isEqualTo("Afgerond");
        mvc.perform(get("/gemeenten/wassenaar/kaders/ivb-2024-2027/plannen/2025")
                        .with(as(jdbc, "raadslid.wassenaar")))
                .andExpect(content().string(containsString("Afgerond")));
    }

    @Test
    void anEmptyLabelIsExplainedNextToItsFieldAndNothingIsSaved() throws Exception {
        mvc.perform(save("beheerder", Map.of("YELLOW", " "), Map.of()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vul de omschrijving van dit oordeel in.")))
                .andExpect(content().string(containsString("href=\"#regels[1].label\"")))
                .andExpect(content().string(containsString("id=\"regels[1].label\"")));
        entityManager.flush();
        assertThat(labels()).contains("Op schema 2026/2027");
    }

    @Test
    void aLegendSavedInBetweenIsNotOverwritten() throws Exception {
        mvc.perform(save("beheerder", Map.of("RED", "Vervallen"), Map.of())).andExpect(status().is3xxRedirection());
        entityManager.flush();
        mvc.perform(save("beheerder", Map.of("RED", "Gestopt"), Map.of("RED", -1L)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Iemand anders heeft de legenda opgeslagen")))
                .andExpect(content().string(containsString("Nu opgeslagen: Vervallen")));
        entityManager.flush();
        assertThat(labels()).contains("Vervallen").doesNotContain("Gestopt");
    }

    @ParameterizedTest
    @ValueSource(strings = {"adviseur.wassenaar", "manager.wassenaar", "raadslid.wassenaar"})
    void onlyAdminsChangeTheLegend(String username) throws Exception {
        mvc.perform(get(LEGEND).with(as(jdbc, username))).andExpect(status().isForbidden());
        mvc.perform(save(username, Map.of("GREEN", "Gehackt"), Map.of())).andExpect(status().isForbidden());
        entityManager.flush();
        assertThat(labels()).doesNotContain("Gehackt");
    }

    /** The whole form as stored, with the given labels changed and versions shifted by the given amounts. */
    private MockHttpServletRequestBuilder save(
            String username, Map<String, String> labels, Map<String, Long> versionShift) {
        MockHttpServletRequestBuilder request =
                post(LEGEND).with(as(jdbc, username)).with(csrf());
        List<Map<String, Object>> rows = jdbc.sql("""
                select l.status, l.label, l.symbol, l.version from status_legend l join municipality m on m.id = l.municipality_id
                where m.slug = 'wassenaar' order by array_position(array['GREEN', 'YELLOW', 'RED', 'NOT_EVALUATED'], l.status::text)""").query().listOfRows();
        for (int i = 0; i < rows.size(); i++) {
            String status = (String) rows.get(i).get("status");
            request.param("regels[" + i + "].status", status)
                    .param("regels[" + i + "].label", labels.getOrDefault(status, (String)
                            rows.get(i).get("label")))
                    .param("regels[" + i + "].symbol", (String) rows.get(i).get("symbol"))
                    .param(
                            "regels[" + i + "].version",
                            String.valueOf((Long) rows.get(i).get("version") + versionShift.getOrDefault(status, 0L)));
        }
        return request;
    }

    private List<String> labels() {
        return jdbc.sql("""
                select l.label from status_legend l join municipality m on m.id = l.municipality_id where m.slug = 'wassenaar'""").query(String.class).list();
    }
}
