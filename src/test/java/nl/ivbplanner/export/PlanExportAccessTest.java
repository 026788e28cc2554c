package nl.ivbplanner.export;

import static nl.ivbplanner.export.PlanWorkbookExportTest.RIJSWIJK_2026;
import static nl.ivbplanner.export.PlanWorkbookExportTest.WASSENAAR_2025;
import static nl.ivbplanner.export.PlanWorkbookExportTest.planIdSql;
import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import nl.ivbplanner.support.IvbIntegrationTest;
import nl.ivbplanner.support.SqlStatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** Who may download a plan is exactly who may read its page. */
@IvbIntegrationTest
class PlanExportAccessTest {

    private static final String WASSENAAR_2026 = "/gemeenten/wassenaar/kaders/ivb-2024-2027/plannen/2026";

    /** The two exports and the blank import workbook: the same readers. */
    private static final List<String> FILES = List.of("export.xlsx", "export.csv", "importsjabloon.xlsx");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SqlStatementCounter counter;

    @Test
    void councilMembersGetAnEvaluatedPlanButNoConcept() throws Exception {
        for (String file : FILES) {
            mvc.perform(get(WASSENAAR_2025 + "/" + file).with(as(jdbc, "raadslid.wassenaar")))
                    .andExpect(status().isOk());
            mvc.perform(get(WASSENAAR_2026 + "/" + file).with(as(jdbc, "raadslid.wassenaar")))
                    .andExpect(status().isForbidden());
            mvc.perform(get(WASSENAAR_2026 + "/" + file).with(as(jdbc, "adviseur.wassenaar")))
                    .andExpect(status().isOk());
            mvc.perform(get(WASSENAAR_2026 + "/" + file)).andExpect(status().is3xxRedirection());
        }
    }

    @Test
    void otherMunicipalitiesAreRefusedAndUnknownPlansAreNotFound() throws Exception {
        for (String file : FILES) {
            mvc.perform(get(WASSENAAR_2025 + "/" + file).with(as(jdbc, "adviseur.rijswijk")))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/gemeenten/wassenaar/kaders/ivb-2024-2027/plannen/1999/" + file)
                            .with(as(jdbc, "adviseur.wassenaar")))
                    .andExpect(status().isNotFound());
        }
    }

    @Test
    void theFileIsNamedAfterMunicipalityPlanAndYear() throws Exception {
        mvc.perform(get(WASSENAAR_2025 + "/export.xlsx").with(as(jdbc, "raadslid.wassenaar")))
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andExpect(
                        header().string(
                                        HttpHeaders.CONTENT_DISPOSITION,
                                        "attachment; "
                                                + "filename=\"Wassenaar - Uitvoeringsplan Integraal Veiligheidsbeleid 2025.xlsx\"; "
                                                + "filename*=UTF-8''Wassenaar%20-%20Uitvoeringsplan%20Integraal%20Veiligheidsbeleid%202025.xlsx"));
    }

    @Test
    @Transactional
    void aNameWithAccentsKeepsThemInUtf8AndDropsThemInTheAsciiFallback() throws Exception {
        jdbc.sql("update execution_plan set title = 'Geëvalueerd plan: deel 1/2' where id = (%s)"
                        .formatted(planIdSql(WASSENAAR_2025)))
                .update();
        mvc.perform(get(WASSENAAR_2025 + "/export.csv").with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(
                        header().string(
                                        HttpHeaders.CONTENT_DISPOSITION,
                                        "attachment; "
                                                + "filename=\"Wassenaar - Geevalueerd plan_ deel 1_2 2025.csv\"; "
                                                + "filename*=UTF-8''Wassenaar%20-%20Ge%C3%ABvalueerd%20plan_%20deel%201_2%202025.csv"));
    }

    @Test
    void thePlanPageLinksToBothDownloads() throws Exception {
        mvc.perform(get(WASSENAAR_2025).with(as(jdbc, "raadslid.wassenaar")))
                .andExpect(content().string(containsString("href=\"" + WASSENAAR_2025 + "/export.xlsx\"")))
                .andExpect(content().string(containsString("href=\"" + WASSENAAR_2025 + "/export.csv\"")))
                .andExpect(content().string(containsString("Exporteren naar Excel")));
    }

    @Test
    void runsTheSameFewStatementsForASmallAndALargePlan() throws Exception {
        var wassenaar = as(jdbc, "adviseur.wassenaar");
        var rijswijk = as(jdbc, "adviseur.rijswijk");
        int small = counter.count(
                () -> mvc.perform(get(WASSENAAR_2025 + "/export.xlsx").with(wassenaar))
                        .andExpect(status().isOk()));
        int large = counter.count(() ->
                mvc.perform(get(RIJSWIJK_2026 + "/export.xlsx").with(rijswijk)).andExpect(status().isOk()));
        // header, activities (theme, objective, verdict and legend joined), their partner links, KPIs, budget,
        // formation, and the municipality switcher that overview's controller advice loads for every controller,
        // downloads included
        assertThat(small).isEqualTo(large).isEqualTo(7);
    }
}
