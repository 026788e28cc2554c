package nl.ivbplanner.planview;

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
import org.springframework.transaction.annotation.Transactional;

@IvbIntegrationTest
class PlanPageTest {

    private static final String WASSENAAR_2025 = "/gemeenten/wassenaar/kaders/ivb-2024-2027/plannen/2025";
    private static final String WASSENAAR_2026 = "/gemeenten/wassenaar/kaders/ivb-2024-2027/plannen/2026";
    private static final String RIJSWIJK_2026 = "/gemeenten/rijswijk/kaders/strategisch-veiligheidsbeleid-2026-2030/plannen/2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SqlStatementCounter counter;

    @Test
    void showsAnEvaluatedPlanWithResultsAndVerdictsInTheMunicipalitysLegend() throws Exception {
        mvc.perform(get(WASSENAAR_2025).with(as(jdbc, "raadslid.wassenaar")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Jaarprogramma vastgesteld op 18 februari 2025 door B&amp;W.")))
                .andExpect(content().string(containsString("Op schema 2026/2027")))
                .andExpect(content().string(containsString("Niet uitgevoerd/vindt geen doorgang")))
                .andExpect(content().string(containsString("Toezicht Handhaving")));
    }

    @Test
    void showsRijswijksBudgetFormationKpisAndDefaultLead() throws Exception {
        mvc.perform(get(RIJSWIJK_2026).with(as(jdbc, "adviseur.rijswijk")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("€ 5.615.000")))
                .andExpect(content().string(containsString("Procesregisseur PGA-Jeugd")))
                .andExpect(content().string(containsString("Ten minste 10 bestuurlijke, integrale controles zijn uitgevoerd.")))
                .andExpect(content().string(containsString("tenzij anders aangegeven")));
    }

    @Test
    void keepsConceptPlansFromCouncilMembersAndOtherMunicipalities() throws Exception {
        mvc.perform(get(WASSENAAR_2026).with(as(jdbc, "adviseur.wassenaar"))).andExpect(status().isOk());
        mvc.perform(get(WASSENAAR_2026).with(as(jdbc, "raadslid.wassenaar"))).andExpect(status().isForbidden());
        mvc.perform(get(WASSENAAR_2025).with(as(jdbc, "adviseur.rijswijk"))).andExpect(status().isForbidden());
        mvc.perform(get("/gemeenten/wassenaar/kaders/ivb-2024-2027/plannen/1999").with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(status().isNotFound());
    }

    @Test
    @Transactional
    void rendersStoredTextAsTextNeverAsHtml() throws Exception {
        jdbc.sql("""
                update activity set title = '<script>alert(1)</script>' where id =
                (select a.id from activity a join execution_plan p on p.id = a.plan_id where p.year = 2025 order by a.id limit 1)""")
                .update();
        mvc.perform(get(WASSENAAR_2025).with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert(1)"))));
    }

    @Test
    void runsTheSameNumberOfStatementsForASmallAndALargePlan() throws Exception {
        var wassenaar = as(jdbc, "adviseur.wassenaar");
        var rijswijk = as(jdbc, "adviseur.rijswijk");
        int small = counter.count(() -> mvc.perform(get(WASSENAAR_2025).with(wassenaar)).andExpect(status().isOk()));
        int large = counter.count(() -> mvc.perform(get(RIJSWIJK_2026).with(rijswijk)).andExpect(status().isOk()));
        // header, themes, activities (partners and verdict joined), sections, legend, KPIs, budget, formation,
        // and the header's municipality switcher
        assertThat(small).isEqualTo(9);
        assertThat(large).isEqualTo(small);
    }
}
