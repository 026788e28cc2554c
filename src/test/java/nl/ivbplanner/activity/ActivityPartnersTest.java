package nl.ivbplanner.activity;

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
import nl.ivbplanner.support.IvbIntegrationTest;
import nl.ivbplanner.support.SqlStatementCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/** Naming the partners of an activity in Wassenaar's concept plan 2026 (rolled back after each test). */
@IvbIntegrationTest
@Transactional
class ActivityPartnersTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SqlStatementCounter counter;

    @PersistenceContext
    EntityManager entityManager;

    long activity;
    String page;

    @BeforeEach
    void pickAConceptActivity() {
        activity = jdbc.sql("""
                select min(a.id) from activity a join execution_plan p on p.id = a.plan_id
                join policy_framework f on f.id = p.framework_id where f.slug = 'ivb-2024-2027' and p.year = 2026""").query(Long.class).single();
        page = "/gemeenten/wassenaar/activiteiten/" + activity + "/partners";
    }

    @Test
    void advisorAddsASharedPartnerAsTrekkerAndRemovesIt() throws Exception {
        long halt = partner("halt");
        mvc.perform(add("adviseur.wassenaar")
                        .param("partner", String.valueOf(halt))
                        .param("rol", "TREKKER")
                        .param("benaming", "Halt Haaglanden"))
                .andExpect(redirectedUrl(page));
        entityManager.flush();
        long link = jdbc.sql(
                        "select id from activity_partner where activity_id = ? and partner_id = ? and role = 'TREKKER'")
                .param(activity)
                .param(halt)
                .query(Long.class)
                .single();
        mvc.perform(get("/gemeenten/wassenaar/activiteiten/{id}", activity).with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(content().string(containsString("in het plan genoemd als ‘Halt Haaglanden’")));

        mvc.perform(post(page + "/{link}/verwijderen", link)
                        .with(as(jdbc, "adviseur.wassenaar"))
                        .with(csrf()))
                .andExpect(redirectedUrl(page));
        entityManager.flush();
        assertThat(links(halt)).isZero();
    }

    @Test
    void aNewOrganisationJoinsTheMunicipalitysListWithAStableKey() throws Exception {
        mvc.perform(add("adviseur.wassenaar")
                        .param("nieuweOrganisatie", "  Buurtpreventie   Kerkehout ")
                        .param("rol", "BETROKKEN"))
                .andExpect(redirectedUrl(page));
        entityManager.flush();
        assertThat(jdbc.sql("""
                select p.key || ' ' || p.name || ' ' || p.kind || ' ' || m.slug from partner p join municipality m on m.id = p.municipality_id
                where p.name = 'Buurtpreventie Kerkehout'""").query(String.class).single())
                .isEqualTo("wassenaar-buurtpreventie-kerkehout Buurtpreventie Kerkehout EXTERNAL wassenaar");
        // Wassenaar can now pick it; Rijswijk cannot
        mvc.perform(get(page).with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(content().string(containsString(">Buurtpreventie Kerkehout</option>")));
        long rijswijkActivity = jdbc.sql("""
                select min(a.id) from activity a join execution_plan p on p.id = a.plan_id
                join policy_framework f on f.id = p.framework_id where f.slug = 'strategisch-veiligheidsbeleid-2026-2030'""").query(Long.class).single();
        mvc.perform(get("/gemeenten/rijswijk/activiteiten/{id}/partners", rijswijkActivity)
                        .with(as(jdbc, "adviseur.rijswijk")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Buurtpreventie Kerkehout"))));
    }

    @ParameterizedTest(name = "{0} / {1} / {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "''|''|Kies een organisatie uit de lijst of vul de naam van een nieuwe organisatie in.",
                "HALT|Nieuwe club|Kies een organisatie uit de lijst óf vul een nieuwe organisatie in, niet allebei.",
                "''|politie|‘Politie’ staat al in de lijst. Kies de organisatie daar.",
                "abc|''|Kies een organisatie uit de lijst."
            })
    void aWrongChoiceIsExplainedNextToTheFieldAndKeepsTheInput(String partner, String newName, String message)
            throws Exception {
        String partnerValue = "HALT".equals(partner) ? String.valueOf(partner("halt")) : partner;
        mvc.perform(add("adviseur.wassenaar")
                        .param("partner", partnerValue)
                        .param("nieuweOrganisatie", newName)
                        .param("rol", "REGIE")
                        .param("benaming", "Mijn benaming"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message)))
                .andExpect(content().string(containsString("value=\"Mijn benaming\"")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        entityManager.flush();
        assertThat(jdbc.sql("select count(*) from activity_partner where activity_id = ? and role = 'REGIE'")
                        .param(activity)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aRoleIsRequiredAndThePairOnlyOnce() throws Exception {
        long halt = partner("halt");
        mvc.perform(add("adviseur.wassenaar")
                        .param("partner", String.valueOf(halt))
                        .param("rol", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kies de rol van de partij.")));
        mvc.perform(add("adviseur.wassenaar")
                        .param("partner", String.valueOf(halt))
                        .param("rol", "BETROKKEN"))
                .andExpect(redirectedUrl(page));
        mvc.perform(add("adviseur.wassenaar")
                        .param("partner", String.valueOf(halt))
                        .param("rol", "BETROKKEN"))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString("Deze organisatie staat al met deze rol bij de activiteit.")));
        entityManager.flush();
        assertThat(links(halt)).isEqualTo(1);
    }

    @Test
    void partnersMoveUpAndDownInTheirList() throws Exception {
        mvc.perform(add("adviseur.wassenaar")
                .param("partner", String.valueOf(partner("halt")))
                .param("rol", "BETROKKEN"));
        mvc.perform(add("adviseur.wassenaar")
                .param("partner", String.valueOf(partner("politie")))
                .param("rol", "BETROKKEN"));
        entityManager.flush();
        java.util.List<Long> before = order();
        long last = before.get(before.size() - 1);
        mvc.perform(post(page + "/{link}/omhoog", last)
                        .with(as(jdbc, "adviseur.wassenaar"))
                        .with(csrf()))
                .andExpect(redirectedUrl(page + "#partij-" + last));
        entityManager.flush();
        java.util.List<Long> after = order();
        assertThat(after.get(after.size() - 2)).isEqualTo(last);
        assertThat(after.get(after.size() - 1)).isEqualTo(before.get(before.size() - 2));
        mvc.perform(post(page + "/{link}/omlaag", last)
                        .with(as(jdbc, "raadslid.wassenaar"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    private java.util.List<Long> order() {
        entityManager.clear();
        return jdbc.sql("select id from activity_partner where activity_id = ? order by position, id")
                .param(activity)
                .query(Long.class)
                .list();
    }

    @Test
    void anotherMunicipalitysOwnTeamCannotBePicked() throws Exception {
        long rijswijkTeam = partner("rijswijk-team-oovb");
        mvc.perform(add("adviseur.wassenaar")
                        .param("partner", String.valueOf(rijswijkTeam))
                        .param("rol", "BETROKKEN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kies een organisatie uit de lijst.")));
    }

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource({
        "manager.wassenaar, wassenaar, 302",
        "beheerder, wassenaar, 302",
        "raadslid.wassenaar, wassenaar, 403",
        "adviseur.rijswijk, wassenaar, 403",
        "adviseur.rijswijk, rijswijk, 404"
    })
    void checksWhoMayNamePartners(String username, String slug, int expected) throws Exception {
        long halt = partner("halt");
        mvc.perform(get("/gemeenten/{m}/activiteiten/{id}/partners", slug, activity)
                        .with(as(jdbc, username)))
                .andExpect(status().is(expected == 302 ? 200 : expected));
        mvc.perform(post("/gemeenten/{m}/activiteiten/{id}/partners", slug, activity)
                        .with(as(jdbc, username))
                        .with(csrf())
                        .param("partner", String.valueOf(halt))
                        .param("rol", "TREKKER"))
                .andExpect(status().is(expected));
        entityManager.flush();
        assertThat(links(halt)).isEqualTo(expected == 302 ? 1 : 0);
    }

    @Test
    void anAdoptedPlansPartnersStayAsTheyAre() throws Exception {
        long adopted = jdbc.sql("""
                select min(a.id) from activity a join execution_plan p on p.id = a.plan_id
                join policy_framework f on f.id = p.framework_id where f.slug = 'ivb-2024-2027' and p.year = 2025""").query(Long.class).single();
        long before = jdbc.sql("select count(*) from activity_partner where activity_id = ?")
                .param(adopted)
                .query(Long.class)
                .single();
        mvc.perform(post("/gemeenten/wassenaar/activiteiten/{id}/partners", adopted)
                        .with(as(jdbc, "manager.wassenaar"))
                        .with(csrf())
                        .param("partner", String.valueOf(partner("halt")))
                        .param("rol", "TREKKER"))
                .andExpect(status().isConflict());
        entityManager.flush();
        assertThat(jdbc.sql("select count(*) from activity_partner where activity_id = ?")
                        .param(adopted)
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void thePageRunsAFixedNumberOfStatements() throws Exception {
        var advisor = as(jdbc, "adviseur.wassenaar");
        int statements =
                counter.count(() -> mvc.perform(get(page).with(advisor)).andExpect(status().isOk()));
        // municipality, activity with plan, its partner links, the organisations to choose from, the switcher
        assertThat(statements).isEqualTo(5);
    }

    private MockHttpServletRequestBuilder add(String username) {
        return post(page).with(as(jdbc, username)).with(csrf());
    }

    private long partner(String key) {
        return jdbc.sql("select id from partner where key = ?")
                .param(key)
                .query(Long.class)
                .single();
    }

    private long links(long partnerId) {
        return jdbc.sql("select count(*) from activity_partner where activity_id = ? and partner_id = ?")
                .param(activity)
                .param(partnerId)
                .query(Long.class)
                .single();
    }
}
