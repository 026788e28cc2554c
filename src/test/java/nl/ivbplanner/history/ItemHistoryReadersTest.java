package nl.ivbplanner.history;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import nl.ivbplanner.support.IvbOwnDatabaseTest;
import nl.ivbplanner.support.PageText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who reads which history (committed edits, on a database of its own). A framework's own items have a history too: an
 * advisor links a KPI of Leidschendam-Voorburg's framework to a standard indicator; its history page says who changed
 * it from what to what, for the municipality's readers, and is linked from the linking page. A concept's drafts are
 * the staff's: once Wassenaar's plan is adopted, its council members read its KPI as adopted, not the edits before.
 */
@IvbOwnDatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ItemHistoryReadersTest {

    private static final String FRAMEWORK = "/gemeenten/leidschendam-voorburg/kaders/";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private static final String WASSENAAR_PLAN = "/gemeenten/wassenaar/kaders/ondermijning-2025-2028/plannen/2026";

    long kpi;
    String history;
    long wassenaarKpi;

    @BeforeAll
    void anAdvisorLinksAFrameworkKpi() throws Exception {
        kpi = jdbc.sql("select id from kpi where name = 'Aantal overlastmeldingen van personen met verward gedrag'")
                .query(Long.class)
                .single();
        String framework = jdbc.sql(
                        "select f.slug from kpi k join policy_framework f on f.id = k.framework_id where k.id = ?")
                .param(kpi)
                .query(String.class)
                .single();
        history = FRAMEWORK + framework + "/geschiedenis/kpi/" + kpi;
        mvc.perform(post("/gemeenten/leidschendam-voorburg/indicatoren/" + kpi)
                        .with(as(jdbc, "adviseur.leidschendam-voorburg"))
                        .with(csrf())
                        .param("indicator", "high-impact-crimes")
                        .param(
                                "version",
                                String.valueOf(jdbc.sql("select version from kpi where id = ?")
                                        .param(kpi)
                                        .query(Long.class)
                                        .single())))
                .andExpect(status().is3xxRedirection());

        wassenaarKpi = jdbc.sql("""
                        select min(k.id) from kpi k join execution_plan p on p.id = k.plan_id
                        join policy_framework f on f.id = p.framework_id
                        where f.slug = 'ondermijning-2025-2028' and p.year = 2026""").query(Long.class).single();
        mvc.perform(post(WASSENAAR_PLAN + "/kpis/" + wassenaarKpi + "/bewerken")
                        .with(as(jdbc, "adviseur.wassenaar"))
                        .with(csrf())
                        .param("naam", "Trainingen over ondermijning (concept)")
                        .param("soort", "NUMERIC")
                        .param("eenheidSoort", "COUNT")
                        .param(
                                "version",
                                String.valueOf(jdbc.sql("select version from kpi where id = ?")
                                        .param(wassenaarKpi)
                                        .query(Long.class)
                                        .single())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(WASSENAAR_PLAN + "/vaststellen")
                        .with(as(jdbc, "manager.wassenaar"))
                        .with(csrf())
                        .param("besluitdatum", "10-02-2026"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select p.state from execution_plan p join policy_framework f on f.id = p.framework_id"
                                + " where f.slug = 'ondermijning-2025-2028' and p.year = 2026")
                        .query(String.class)
                        .single())
                .isEqualTo("VASTGESTELD");
    }

    @Test
    void councilMembersReadAnAdoptedPlansItemAsAdoptedWithoutTheConceptsDrafts() throws Exception {
        String kpiHistory = WASSENAAR_PLAN + "/geschiedenis/kpi/" + wassenaarKpi;

        assertThat(text(kpiHistory, "manager.wassenaar"))
                .contains("Beleidsadviseur Wassenaar (adviseur.wassenaar) Naam")
                .contains("Trainingen over ondermijning (concept)");
        assertThat(text(kpiHistory, "raadslid.wassenaar"))
                .contains("Geschiedenis: KPI ‘Trainingen over ondermijning (concept)’")
                .contains("Nog niet gewijzigd")
                .doesNotContain("Beleidsadviseur Wassenaar");
    }

    @Test
    void theKpisHistoryNamesWhoLinkedItFromWhatToWhat() throws Exception {
        assertThat(text(history, "manager.leidschendam-voorburg"))
                .contains("Geschiedenis: KPI ‘Aantal overlastmeldingen van personen met verward gedrag’")
                .contains("Beleidsadviseur Leidschendam-Voorburg (adviseur.leidschendam-voorburg) Standaardindicator"
                        + " Meldingen verward of overspannen gedrag (E33) per 1.000 inwoners"
                        + " High Impact Crimes per 1.000 inwoners");
        // the council reads the adopted framework, and who changed it by name only
        assertThat(text(history, "raadslid.leidschendam-voorburg"))
                .contains("Beleidsadviseur Leidschendam-Voorburg Standaardindicator")
                .doesNotContain("(adviseur.leidschendam-voorburg)");
        assertThat(html("/gemeenten/leidschendam-voorburg/indicatoren", "adviseur.leidschendam-voorburg"))
                .contains("href=\"" + history + "\"");
    }

    @Test
    void anotherMunicipalitysReadersAndKindsAFrameworkDoesNotHaveAreRefused() throws Exception {
        mvc.perform(get(history).with(as(jdbc, "raadslid.wassenaar"))).andExpect(status().isForbidden());
        mvc.perform(get(history.replace("/kpi/", "/doel/")).with(as(jdbc, "adviseur.leidschendam-voorburg")))
                .andExpect(status().isNotFound());
        long westlandKpi = jdbc.sql("select id from kpi where name = 'woninginbraken (p/1.000 inwoners)'")
                .query(Long.class)
                .single();
        mvc.perform(get(history.replace("/kpi/" + kpi, "/kpi/" + westlandKpi))
                        .with(as(jdbc, "adviseur.leidschendam-voorburg")))
                .andExpect(status().isNotFound());
    }

    private String text(String url, String user) throws Exception {
        return PageText.of(html(url, user));
    }

    private String html(String url, String user) throws Exception {
        return mvc.perform(get(url).with(as(jdbc, user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
