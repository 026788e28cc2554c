package nl.ivbplanner.report;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.ivbplanner.support.IvbIntegrationTest;
import nl.ivbplanner.support.SqlStatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/** The HTML report behind a sign-in: its sections, and the same access as the plan page. */
@IvbIntegrationTest
class PlanReportPageTest {

    static final String WASSENAAR = "/gemeenten/wassenaar/kaders/ivb-2024-2027";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SqlStatementCounter counter;

    @Test
    void theEvaluationReportHasItsSectionsAndNoEditControls() throws Exception {
        mvc.perform(get(WASSENAAR + "/plannen/2025/rapport").with(as(jdbc, "raadslid.wassenaar")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"nl\"")))
                .andExpect(content().string(containsString("Inhoud")))
                .andExpect(content().string(containsString("Samenvatting van de oordelen")))
                .andExpect(content().string(containsString("Legenda")))
                .andExpect(content().string(containsString("Evaluatie uitvoeringsplan 2025 (deel 1)")))
                // a council member reads the published version, whose page is written by jsoup (apostrophes unescaped)
                .andExpect(content().string(containsString("Resultaten van de KPI's")))
                .andExpect(content().string(containsString("Overgenomen in het volgende plan")))
                .andExpect(content().string(containsString("Op schema 2026/2027")))
                .andExpect(content()
                        .string(containsString(
                                "href=\"/openbaar/wassenaar/kaders/ivb-2024-2027/plannen/2025/versies/")))
                .andExpect(content().string(not(containsString("<form"))))
                .andExpect(content().string(not(containsString("CONCEPT"))));
    }

    @Test
    void aConceptIsForStaffOnlyAndMarkedAsSuch() throws Exception {
        mvc.perform(get(WASSENAAR + "/plannen/2026/rapport").with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("CONCEPT")))
                .andExpect(content().string(containsString("Beoogd resultaat")));
        mvc.perform(get(WASSENAAR + "/plannen/2026/rapport").with(as(jdbc, "raadslid.wassenaar")))
                .andExpect(status().isForbidden());
        mvc.perform(get(WASSENAAR + "/plannen/2026/rapport.pdf").with(as(jdbc, "raadslid.wassenaar")))
                .andExpect(status().isForbidden());
    }

    @Test
    void otherMunicipalitiesAreRefusedAndUnknownPlansAreNotFound() throws Exception {
        mvc.perform(get(WASSENAAR + "/plannen/2025/rapport").with(as(jdbc, "raadslid.rijswijk")))
                .andExpect(status().isForbidden());
        mvc.perform(get(WASSENAAR + "/rapport.pdf").with(as(jdbc, "adviseur.rijswijk")))
                .andExpect(status().isForbidden());
        mvc.perform(get(WASSENAAR + "/plannen/1999/rapport").with(as(jdbc, "raadslid.wassenaar")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/gemeenten/wassenaar/kaders/onbekend/rapport").with(as(jdbc, "raadslid.wassenaar")))
                .andExpect(status().isNotFound());
    }

    @Test
    void showsWhatWasCarriedOverToEveryReaderWithTheConceptItWentIntoNamedAsOne() throws Exception {
        String continued = jdbc.sql("""
                select later.title from activity later join activity source on source.id = later.carried_over_from_id
                join execution_plan p on p.id = source.plan_id join policy_framework f on f.id = p.framework_id
                where f.slug = 'ivb-2024-2027' and p.year = 2025 order by later.id limit 1""").query(String.class).single();
        mvc.perform(get(WASSENAAR + "/plannen/2025/rapport").with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(content().string(containsString(HtmlUtils.htmlEscape(continued))));
        // the 2026 plan is still a concept: the council reads what became of each activity all the same, with the
        // target named as a concept (issue 17: the public and signed-in reports used to disagree)
        mvc.perform(get(WASSENAAR + "/plannen/2025/rapport").with(as(jdbc, "raadslid.wassenaar")))
                .andExpect(content().string(containsString(HtmlUtils.htmlEscape(continued))))
                .andExpect(content()
                        .string(containsString(
                                "Uitvoeringsplan Integraal Veiligheidsbeleid Wassenaar 2026 (concept)")));
    }

    @Test
    void runsAFixedNumberOfStatementsWhateverThePlansSize() throws Exception {
        var wassenaar = as(jdbc, "adviseur.wassenaar");
        var rijswijk = as(jdbc, "adviseur.rijswijk");
        // a committed transaction id moves the database on, so no rendering kept by earlier tests is served
        jdbc.sql("select pg_current_xact_id()").query().singleValue();
        int evaluated = counter.count(
                () -> mvc.perform(get(WASSENAAR + "/plannen/2025/rapport").with(wassenaar))
                        .andExpect(status().isOk()));
        int largest = counter.count(() -> mvc.perform(
                        get(PlanReportPdfTest.RIJSWIJK_2026 + "/rapport.pdf").with(rijswijk))
                .andExpect(status().isOk()));
        // the database's version (LiveReports), the signed-in user's municipality (read on every request), then the
        // report's header, sections, themes, activities with verdicts, partners, KPIs, budget, formation and legend;
        // an evaluated plan also reads what was carried over
        assertThat(largest).isEqualTo(11);
        assertThat(evaluated).isEqualTo(12);
    }

    @Test
    void aSignedOutVisitorIsSentToTheLoginPage() throws Exception {
        mvc.perform(get(WASSENAAR + "/plannen/2025/rapport")).andExpect(status().is3xxRedirection());
    }

    @Test
    void theFrameworkReportHasThemesWithSubThemesAndGoals() throws Exception {
        mvc.perform(get(WASSENAAR + "/rapport").with(as(jdbc, "raadslid.wassenaar")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Buurt en veiligheid")))
                .andExpect(content().string(containsString("Subthema&#39;s")))
                .andExpect(content().string(containsString("Toezicht Handhaving")));
    }

    @Test
    void thePlanAndFrameworkPagesLinkToTheirReports() throws Exception {
        mvc.perform(get(WASSENAAR + "/plannen/2025").with(as(jdbc, "raadslid.wassenaar")))
                .andExpect(content().string(containsString("href=\"" + WASSENAAR + "/plannen/2025/rapport\"")));
        mvc.perform(get(WASSENAAR).with(as(jdbc, "raadslid.wassenaar")))
                .andExpect(content().string(containsString("href=\"" + WASSENAAR + "/rapport\"")));
    }
}
