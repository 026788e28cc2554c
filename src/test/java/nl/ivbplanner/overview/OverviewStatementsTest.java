package nl.ivbplanner.overview;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.ivbplanner.support.IvbIntegrationTest;
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
        int statements = counter.count(() -> mvc.perform(get("/").with(admin)).andExpect(status().isOk()));
        assertThat(statements).isEqualTo(2);
    }
}
