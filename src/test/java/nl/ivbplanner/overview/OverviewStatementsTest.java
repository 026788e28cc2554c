package nl.ivbplanner.overview;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.ivbplanner.support.IvbIntegrationTest;
import nl.ivbplanner.support.KeptSession;
import nl.ivbplanner.support.SqlStatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Pages run a small, fixed number of SQL statements, however many frameworks and plans there are. */
@IvbIntegrationTest
class OverviewStatementsTest {

    /** Municipality, its frameworks, their plans with activity counts, and the header's switcher list. */
    private static final int MUNICIPALITY_PAGE_STATEMENTS = 4;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SqlStatementCounter counter;

    @Test
    void municipalityPageRunsTheSameFewStatementsForSmallAndLargeMunicipalities() throws Exception {
        // Wassenaar has two frameworks with three plans; Westland one framework without plans.
        var admin = as(jdbc, "beheerder");
        for (String slug : new String[] {"wassenaar", "westland", "rijswijk"}) {
            int statements = counter.count(() ->
                    mvc.perform(get("/gemeenten/{slug}", slug).with(admin)).andExpect(status().isOk()));
            assertThat(statements).as(slug).isEqualTo(MUNICIPALITY_PAGE_STATEMENTS);
        }
    }

    @Test
    void homePageRunsAFixedNumberOfStatements() throws Exception {
        var admin = as(jdbc, "beheerder");
        // as a signed-in browser: one session, made on its first request (a write in the database like any other);
        // reading pages with it writes nothing (security/SessionsInDatabase)
        KeptSession browser = new KeptSession(mvc);
        browser.perform(get("/toegankelijkheid").with(admin)).andExpect(status().isOk());
        // a committed transaction id moves the database on, so nothing kept by earlier tests is read
        jdbc.sql("select pg_current_xact_id()").query().singleValue();
        // the header's switcher (at most 21 municipalities), the database's version, the municipalities
        int first = counter.count(() -> browser.perform(get("/").with(admin)).andExpect(status().isOk()));
        assertThat(first).isEqualTo(3);
        // nothing written since: the list is kept (PostgreSQL's autoanalyze may take a transaction id in between)
        int again = first;
        for (int read = 0; read < 5 && again == first; read++) {
            again = counter.count(() -> browser.perform(get("/").with(admin)).andExpect(status().isOk()));
        }
        assertThat(again).isEqualTo(2);
        // a councillor's list is their one municipality, read again on every request, and the switcher's
        var councillor = as(jdbc, "raadslid.wassenaar");
        assertThat(counter.count(() -> mvc.perform(get("/").with(councillor)).andExpect(status().isOk())))
                .isEqualTo(2);
    }
}
