package nl.ivbplanner.planview;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
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
    private static final String RIJSWIJK_2026 =
            "/gemeenten/rijswijk/kaders/strategisch-veiligheidsbeleid-2026-2030/plannen/2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SqlStatementCounter counter;

    @Autowired
    PlanContentCache contents;

    @Test
    void showsAnEvaluatedPlanWithResultsAndVerdictsInTheMunicipalitysLegend() throws Exception {
        mvc.perform(get(WASSENAAR_2025).with(as(jdbc, "raadslid.wassenaar")))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString("Jaarprogramma vastgesteld op 18 februari 2025 door B&amp;W.")))
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
                .andExpect(content()
                        .string(containsString("Ten minste 10 bestuurlijke, integrale controles zijn uitgevoerd.")))
                .andExpect(content().string(containsString("tenzij anders aangegeven")));
    }

    @Test
    void keepsConceptPlansFromCouncilMembersAndOtherMunicipalities() throws Exception {
        mvc.perform(get(WASSENAAR_2026).with(as(jdbc, "adviseur.wassenaar"))).andExpect(status().isOk());
        mvc.perform(get(WASSENAAR_2026).with(as(jdbc, "raadslid.wassenaar"))).andExpect(status().isForbidden());
        mvc.perform(get(WASSENAAR_2025).with(as(jdbc, "adviseur.rijswijk"))).andExpect(status().isForbidden());
        mvc.perform(get("/gemeenten/wassenaar/kaders/ivb-2024-2027/plannen/1999")
                        .with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(status().isNotFound());
    }

    @Test
    @Transactional
    void rendersStoredTextAsTextNeverAsHtml() throws Exception {
        jdbc.sql("""
                update activity set title = '<script>alert(1)</script>' where id =
                (select a.id from activity a join execution_plan p on p.id = a.plan_id where p.year = 2025 order by a.id limit 1)""").update();
        mvc.perform(get(WASSENAAR_2025).with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert(1)"))));
    }

    @Test
    void runsTheSameNumberOfStatementsForASmallAndALargePlan() throws Exception {
        var wassenaar = as(jdbc, "adviseur.wassenaar");
        var rijswijk = as(jdbc, "adviseur.rijswijk");
        contents.clear();
        int small = counter.count(
                () -> mvc.perform(get(WASSENAAR_2025).with(wassenaar)).andExpect(status().isOk()));
        int large = counter.count(
                () -> mvc.perform(get(RIJSWIJK_2026).with(rijswijk)).andExpect(status().isOk()));
        // the content cache's database snapshot, header, themes, activities (objective, verdict and interim status
        // joined), their partner links, partners for the filter, lifecycle steps, sections, legend, KPIs, budget,
        // formation, the published versions, the council's questions about them, and the header's municipality
        // switcher (PlanContentCacheTest: fewer when kept)
        assertThat(small).isEqualTo(15);
        assertThat(large).isEqualTo(small);
    }

    @Test
    void filtersByStatusAndDutchFullTextSearchKeepingTheFilterInTheUrl() throws Exception {
        var advisor = as(jdbc, "adviseur.wassenaar");
        // Seed: one RED verdict in the 2025 evaluation (docs/seed-derivations.md, Wassenaar status table).
        mvc.perform(get(WASSENAAR_2025).param("status", "RED").with(advisor))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 activiteit<")))
                .andExpect(content().string(matchesPattern("(?s).*<option value=\"RED\"[^>]*selected.*")));
        // Dutch stemming: 'bijeenkomsten' finds the row about 'bijeenkomst' (8 gehouden bijeenkomsten ...).
        mvc.perform(get(WASSENAAR_2025).param("zoek", "bijeenkomsten").with(advisor))
                .andExpect(content()
                        .string(containsString(
                                "8 gehouden bijeenkomsten bij verschillende wijk- en buurtverenigingen.")))
                .andExpect(content().string(not(containsString("Jaarprogramma vastgesteld op 18 februari 2025"))));
        mvc.perform(get(WASSENAAR_2025).param("zoek", "zzzgeenwoord").with(advisor))
                .andExpect(content().string(containsString("Geen activiteiten voldoen aan dit filter.")));
    }

    @Test
    void filtersByThemeIncludingSubThemesAndByPartner() throws Exception {
        long zorg = jdbc.sql("""
                select t.id from theme t join policy_framework f on f.id = t.framework_id
                where f.slug = 'ivb-2024-2027' and t.name = 'Zorg en veiligheid' and t.parent_id is null""").query(Long.class).single();
        long expected = jdbc.sql("""
                select count(*) from activity a join execution_plan p on p.id = a.plan_id
                join theme t on t.id = a.theme_id
                where p.year = 2025 and p.framework_id = (select framework_id from theme where id = ?)
                  and (t.id = ? or t.parent_id = ?)""")
                .param(zorg)
                .param(zorg)
                .param(zorg)
                .query(Long.class)
                .single();
        mvc.perform(get(WASSENAAR_2025).param("thema", String.valueOf(zorg)).with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(content().string(containsString(expected + " activiteiten<")));
        long politie = jdbc.sql("select id from partner where key = 'politie'")
                .query(Long.class)
                .single();
        long withPolitie = jdbc.sql("""
                select count(distinct a.id) from activity a join activity_partner ap on ap.activity_id = a.id
                join execution_plan p on p.id = a.plan_id join policy_framework f on f.id = p.framework_id
                where f.slug = 'ivb-2024-2027' and p.year = 2025 and ap.partner_id = ?""").param(politie).query(Long.class).single();
        assertThat(withPolitie).isPositive();
        mvc.perform(get(WASSENAAR_2025)
                        .param("partner", String.valueOf(politie))
                        .with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(content().string(containsString(withPolitie + " activiteit")));
    }

    @Test
    void explainsAnInvalidFilterValueNextToItsFieldAndIgnoresIt() throws Exception {
        mvc.perform(get(WASSENAAR_2025)
                        .param("status", "PAARS")
                        .param("zoek", "jongeren")
                        .with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"status-fout\"")))
                .andExpect(content().string(containsString("Deze keuze bestaat niet; het filter is genegeerd.")))
                .andExpect(content().string(containsString("value=\"jongeren\"")));
    }
}
