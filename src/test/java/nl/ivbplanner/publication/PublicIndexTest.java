package nl.ivbplanner.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.ivbplanner.support.IvbIntegrationTest;
import nl.ivbplanner.support.PageText;
import nl.ivbplanner.support.SqlStatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * A municipality's public index (/openbaar/{gemeente}), without signing in: its frameworks and their adopted and
 * evaluated plans with every published version, never a concept; the public framework page leads to the same plans
 * (rolled back after each test).
 */
@IvbIntegrationTest
@Transactional
class PublicIndexTest {

    static final String INDEX = "/openbaar/wassenaar";
    static final String IVB = "/openbaar/wassenaar/kaders/ivb-2024-2027";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SqlStatementCounter statements;

    @Test
    void listsTheFrameworksAndTheirPublishedPlansButNoConcept() throws Exception {
        String concept = title(2026);
        String html = read(INDEX);

        assertThat(PageText.of(html))
                .contains("Openbare documenten van de gemeente Wassenaar")
                .contains(title(2025), "Geëvalueerd")
                .doesNotContain(concept);
        assertThat(html)
                .contains("href=\"" + IVB + "\"", "href=\"" + IVB + ".pdf\"")
                .contains("href=\"" + IVB + "/plannen/2025\"", "href=\"" + IVB + "/plannen/2025.pdf\"")
                .doesNotContain(IVB + "/plannen/2026")
                // every framework of the municipality, also the one without adopted plans
                .contains("href=\"/openbaar/wassenaar/kaders/" + otherFramework() + "\"");

        PublishOnAdoptionTest.adopt(mvc, jdbc, "3-2-2026");
        String adopted = read(INDEX);
        assertThat(PageText.of(adopted)).contains(concept, "Versie 1: vastgesteld op 3 februari 2026 door");
        assertThat(adopted).contains("href=\"" + IVB + "/plannen/2026/versies/1.pdf\"");
    }

    @Test
    void runsAFixedNumberOfStatementsHoweverManyVersionsThereAre() throws Exception {
        int before = statements.count(() -> read(INDEX));
        PublishOnAdoptionTest.adopt(mvc, jdbc, "3-2-2026");
        read(IVB + "/plannen/2025");
        int after = statements.count(() -> read(INDEX));
        // the municipality, its frameworks with their plans, and the versions of those plans
        assertThat(before).isEqualTo(3);
        assertThat(after).isEqualTo(before);
    }

    @Test
    void thePublicFrameworkPageLeadsToItsPublishedPlans() throws Exception {
        String page = read(IVB);
        assertThat(page)
                .contains("id=\"plannen\"")
                .contains("href=\"" + IVB + "/plannen/2025\"")
                .doesNotContain(IVB + "/plannen/2026");
    }

    @Test
    void aMunicipalityThatDoesNotPublishHasNoIndex() throws Exception {
        mvc.perform(get("/openbaar/onbekend")).andExpect(status().isNotFound());
        jdbc.sql("update municipality set publish_publicly = false where slug = 'wassenaar'")
                .update();
        mvc.perform(get(INDEX)).andExpect(status().isNotFound());
    }

    private String read(String path) throws Exception {
        return mvc.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private String title(int year) {
        return jdbc.sql("""
                select p.title from execution_plan p join policy_framework f on f.id = p.framework_id
                where f.slug = 'ivb-2024-2027' and p.year = ?""").param(year).query(String.class).single();
    }

    private String otherFramework() {
        return jdbc.sql("""
                select f.slug from policy_framework f join municipality m on m.id = f.municipality_id
                where m.slug = 'wassenaar' and f.slug <> 'ivb-2024-2027' limit 1""").query(String.class).single();
    }
}
