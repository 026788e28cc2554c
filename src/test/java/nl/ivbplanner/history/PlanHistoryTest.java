package nl.ivbplanner.history;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import nl.ivbplanner.common.DutchTime;
import nl.ivbplanner.support.IvbOwnDatabaseTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * Edits every kind of item of Rijswijk's concept plan through its forms (committed, on a database of its own), then
 * reads who changed what from old to new on the items' history pages and on the plan's history, filtered by person
 * and date.
 */
@IvbOwnDatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanHistoryTest {

    private static final String PLAN =
            "/gemeenten/rijswijk/kaders/strategisch-veiligheidsbeleid-2026-2030/plannen/2026";
    private static final String HISTORY = PLAN + "/geschiedenis";
    private static final String ADVISOR = "Beleidsadviseur Rijswijk (adviseur.rijswijk)";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    long kpi;
    long budgetLine;
    long capacityLine;
    long section;
    long objective;
    long activity;
    String partnerName;

    @BeforeAll
    void anAdvisorAndAManagerEditTheConcept() throws Exception {
        long planId = jdbc.sql("""
                select p.id from execution_plan p join policy_framework f on f.id = p.framework_id
                where f.slug = 'strategisch-veiligheidsbeleid-2026-2030' and p.year = 2026""").query(Long.class).single();
        kpi = jdbc.sql("select id from kpi where plan_id = ? and position = 5")
                .param(planId)
                .query(Long.class)
                .single();
        perform(post(PLAN + "/kpis/" + kpi + "/bewerken", "adviseur.rijswijk")
                .param("naam", "Hercontroles zijn uitgevoerd")
                .param("soort", "MILESTONE")
                .param("streefjaar", "2027")
                .param("version", version("kpi", kpi)));
        perform(post(PLAN + "/kpis/" + kpi + "/metingen", "adviseur.rijswijk")
                .param("periode", "2026")
                .param("behaald", "JA")
                .param("bron", "EIGEN_REGISTRATIE"));

        budgetLine = jdbc.sql("select id from budget_line where label = 'Rampenbestrijding'")
                .query(Long.class)
                .single();
        perform(post(PLAN + "/begroting/regels/" + budgetLine + "/bewerken", "adviseur.rijswijk")
                .param("omschrijving", "Rampenbestrijding")
                .param("bedrag", "€ 90.000,-")
                .param("version", version("budget_line", budgetLine)));

        capacityLine = jdbc.sql("select id from capacity_line where function_name = 'Coördinator Bibob'")
                .query(Long.class)
                .single();
        perform(post(PLAN + "/formatie/regels/" + capacityLine + "/bewerken", "manager.rijswijk")
                .param("functie", "Coördinator Bibob")
                .param("fteBestaand", "1,2")
                .param("version", version("capacity_line", capacityLine)));

        section = jdbc.sql("select min(id) from narrative_section where plan_id = ?")
                .param(planId)
                .query(Long.class)
                .single();
        perform(post(PLAN + "/teksten/" + section + "/bewerken", "adviseur.rijswijk")
                .param("niveau", "1")
                .param("kop", "Een nieuwe kop voor de geschiedenis")
                .param("tekst", "Een nieuwe tekst.")
                .param("version", version("narrative_section", section)));

        var goal = jdbc.sql("select id, theme_id from objective where plan_id = ? order by id limit 1")
                .param(planId)
                .query()
                .singleRow();
        objective = (Long) goal.get("id");
        perform(post(PLAN + "/doelen/" + objective + "/bewerken", "adviseur.rijswijk")
                .param("nummer", "9")
                .param("tekst", "Een scherper geformuleerd doel")
                .param("thema", goal.get("theme_id").toString())
                .param("version", version("objective", objective)));

        activity = jdbc.sql("select min(id) from activity where plan_id = ?")
                .param(planId)
                .query(Long.class)
                .single();
        var partner = jdbc.sql("""
                select id, name from partner where id not in (select partner_id from activity_partner where activity_id = ?)
                order by id limit 1""").param(activity).query().singleRow();
        partnerName = (String) partner.get("name");
        perform(post("/gemeenten/rijswijk/activiteiten/" + activity + "/partners", "adviseur.rijswijk")
                .param("partner", partner.get("id").toString())
                .param("rol", "REGIE"));
    }

    @Test
    void eachItemShowsWhoChangedWhatFromOldToNew() throws Exception {
        assertThat(page(HISTORY + "/kpi/" + kpi, "raadslid.rijswijk", 403)).isNotNull();
        assertThat(page(HISTORY + "/kpi/" + kpi, "adviseur.rijswijk", 200))
                .contains(ADVISOR, ">Naam<", ">Hercontroles zijn uitgevoerd<", ">Meting toegevoegd<", ">2026<");
        assertThat(page(HISTORY + "/begrotingsregel/" + budgetLine, "adviseur.rijswijk", 200))
                .contains(ADVISOR, ">Bedrag<", ">€ 86.000,00<", ">€ 90.000,00<");
        assertThat(page(HISTORY + "/formatieregel/" + capacityLine, "adviseur.rijswijk", 200))
                .contains("Coördinator OOV Rijswijk (manager.rijswijk)", ">Fte bestaand<", ">1<", ">1,2<");
        assertThat(page(HISTORY + "/tekst/" + section, "adviseur.rijswijk", 200))
                .contains(">Kop<", ">Een nieuwe kop voor de geschiedenis<", ">Een nieuwe tekst.<");
        assertThat(page(HISTORY + "/doel/" + objective, "adviseur.rijswijk", 200))
                .contains(">Doel<", ">Een scherper geformuleerd doel<", ">9<");
        assertThat(page("/gemeenten/rijswijk/activiteiten/" + activity, "adviseur.rijswijk", 200))
                .contains(">Partij toegevoegd<", ">" + HtmlUtils.htmlEscape(partnerName) + "<");
        // an item that was never in this plan, or a kind that has no page
        page(HISTORY + "/kpi/" + budgetLine, "adviseur.rijswijk", 404);
        page(HISTORY + "/meting/" + kpi, "adviseur.rijswijk", 404);
    }

    @Test
    void thePlansHistoryListsEveryChangeAndNarrowsByPersonAndDate() throws Exception {
        String all = page(HISTORY, "manager.rijswijk", 200);
        assertThat(all)
                .contains(
                        "7 wijzigingen",
                        "KPI ‘Hercontroles zijn uitgevoerd’",
                        "Meting ‘2026’ bij kpi ‘Hercontroles zijn uitgevoerd’",
                        "Begrotingsregel ‘Rampenbestrijding’",
                        "Formatieregel ‘Coördinator Bibob’",
                        "Tekst ‘Een nieuwe kop voor de geschiedenis’",
                        "Doel ‘9’",
                        "Partij ‘" + HtmlUtils.htmlEscape(partnerName) + "’ bij activiteit",
                        "<del>€ 86.000,00</del>",
                        "<ins>€ 90.000,00</ins>",
                        HISTORY + "/begrotingsregel/" + budgetLine,
                        HISTORY + "/activiteit/" + activity,
                        "<option value=\"manager.rijswijk\">Coördinator OOV Rijswijk</option>");

        // a page past the end shows the first, with the count
        assertThat(page(HISTORY + "?pagina=7", "manager.rijswijk", 200))
                .contains("7 wijzigingen", "KPI ‘Hercontroles zijn uitgevoerd’");

        String byManager = page(HISTORY + "?persoon=manager.rijswijk", "manager.rijswijk", 200);
        assertThat(byManager).contains("1 wijziging", "Formatieregel ‘Coördinator Bibob’");
        assertThat(byManager).doesNotContain("Begrotingsregel ‘Rampenbestrijding’");

        LocalDate today = LocalDate.now(DutchTime.ZONE);
        DateTimeFormatter dutch = DateTimeFormatter.ofPattern("d-M-yyyy");
        assertThat(page(
                        HISTORY + "?van=" + today.format(dutch) + "&tot=" + today.format(dutch),
                        "adviseur.rijswijk",
                        200))
                .contains("7 wijzigingen");
        assertThat(page(HISTORY + "?van=" + today.plusDays(1).format(dutch), "adviseur.rijswijk", 200))
                .contains("Geen wijzigingen", "Er zijn geen wijzigingen die bij dit filter passen.");
        assertThat(page(HISTORY + "?tot=" + today.minusDays(1).format(dutch), "adviseur.rijswijk", 200))
                .contains("Geen wijzigingen");

        String badDate = page(HISTORY + "?van=31-02-2026&tot=gisteren", "adviseur.rijswijk", 200);
        assertThat(badDate)
                .contains("id=\"van-fout\"", "id=\"tot-fout\"", "Vul een bestaande datum in als dd-mm-jjjj")
                .contains("aria-invalid=\"true\"")
                // the bad dates narrow nothing
                .contains("7 wijzigingen");
    }

    @Test
    void theItemsListsAndThePlanLinkToTheirHistory() throws Exception {
        assertThat(page(PLAN + "/kpis", "adviseur.rijswijk", 200)).contains(HISTORY + "/kpi/" + kpi);
        assertThat(page(PLAN + "/kpis/" + kpi + "/metingen", "adviseur.rijswijk", 200))
                .contains(HISTORY + "/kpi/" + kpi);
        assertThat(page(PLAN + "/begroting", "adviseur.rijswijk", 200))
                .contains(HISTORY + "/begrotingsregel/" + budgetLine, HISTORY + "/begrotingstabel/");
        assertThat(page(PLAN + "/formatie", "adviseur.rijswijk", 200))
                .contains(HISTORY + "/formatieregel/" + capacityLine, HISTORY + "/formatietabel/");
        assertThat(page(PLAN + "/teksten", "adviseur.rijswijk", 200)).contains(HISTORY + "/tekst/" + section);
        assertThat(page(PLAN + "/doelen", "adviseur.rijswijk", 200)).contains(HISTORY + "/doel/" + objective);
        assertThat(page(PLAN, "adviseur.rijswijk", 200)).contains("href=\"" + HISTORY + "\"");
    }

    @Test
    void onlyTheMunicipalitysStaffReadThePlansHistory() throws Exception {
        page(HISTORY, "raadslid.rijswijk", 403);
        page(HISTORY, "adviseur.wassenaar", 403);
        page(HISTORY, "beheerder", 200);
        page(
                "/gemeenten/rijswijk/kaders/strategisch-veiligheidsbeleid-2026-2030/plannen/1999/geschiedenis",
                "beheerder",
                404);
    }

    private String page(String path, String user, int status) throws Exception {
        return mvc.perform(get(path).with(as(jdbc, user)))
                .andExpect(status().is(status))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private MockHttpServletRequestBuilder post(String path, String user) {
        return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .with(as(jdbc, user))
                .with(csrf());
    }

    private void perform(MockHttpServletRequestBuilder request) throws Exception {
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    private String version(String table, long id) {
        return jdbc.sql("select version from " + table + " where id = ?")
                .param(id)
                .query(Long.class)
                .single()
                .toString();
    }
}
