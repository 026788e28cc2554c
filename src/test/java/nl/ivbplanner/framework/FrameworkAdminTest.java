package nl.ivbplanner.framework;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/** Advisors write the next policy framework as a concept; a manager records the council's adoption (rolled back). */
@IvbIntegrationTest
@Transactional
class FrameworkAdminTest {

    private static final String NEW = "/gemeenten/wassenaar/kaders/nieuw";
    private static final String CONCEPT = "/gemeenten/wassenaar/kaders/ivb-2028-2031";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @PersistenceContext
    EntityManager entityManager;

    @Test
    void anAdvisorStartsAConceptFromThePreviousFrameworksThemesAndMakesItsFirstPlan() throws Exception {
        mvc.perform(get("/gemeenten/wassenaar").with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(content().string(containsString("href=\"/gemeenten/wassenaar/kaders/nieuw\"")));
        mvc.perform(get(NEW).with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"ivb-2024-2027\"")));
        mvc.perform(create("adviseur.wassenaar", "IVB 2028-2031", "2028", "2031", "ivb-2024-2027"))
                .andExpect(redirectedUrl(CONCEPT));
        entityManager.flush();

        assertThat(jdbc.sql("select state from policy_framework where slug = 'ivb-2028-2031'")
                        .query(String.class)
                        .single())
                .isEqualTo("CONCEPT");
        assertThat(themes("ivb-2028-2031")).isNotEmpty().isEqualTo(themes("ivb-2024-2027"));
        assertThat(jdbc.sql("""
                        select count(*) from activity a join theme t on t.id = a.theme_id
                        join policy_framework f on f.id = t.framework_id where f.slug = 'ivb-2028-2031'""").query(Long.class).single()).isZero();
        mvc.perform(get(CONCEPT).with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"" + CONCEPT + "/bewerken\"")))
                .andExpect(content().string(not(containsString("href=\"" + CONCEPT + "/vaststellen\""))));

        mvc.perform(post(CONCEPT + "/plannen/nieuw")
                        .with(as(jdbc, "adviseur.wassenaar"))
                        .with(csrf())
                        .param("jaar", "2028")
                        .param("titel", "Uitvoeringsplan IVB 2028")
                        .param("basis", "VORIG_JAAR"))
                .andExpect(redirectedUrl(CONCEPT + "/plannen/2028"));
        entityManager.flush();
        mvc.perform(get(CONCEPT + "/plannen/2028").with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Uitvoeringsplan IVB 2028")));
        // written while the framework is a concept, but adopted only after the council adopted the framework
        mvc.perform(post(CONCEPT + "/plannen/2028/vaststellen")
                        .with(as(jdbc, "manager.wassenaar"))
                        .with(csrf())
                        .param("besluitdatum", "1-2-2026"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("nog niet heeft vastgesteld")));
        entityManager.flush();
        assertThat(jdbc.sql("select p.state from execution_plan p join policy_framework f on f.id = p.framework_id"
                                + " where f.slug = 'ivb-2028-2031'")
                        .query(String.class)
                        .single())
                .isEqualTo("CONCEPT");
    }

    @Test
    void aConceptIsSeenOnlyByTheMunicipalitysStaff() throws Exception {
        mvc.perform(create("adviseur.wassenaar", "IVB 2028-2031", "2028", "2031", ""))
                .andExpect(redirectedUrl(CONCEPT));
        entityManager.flush();
        assertThat(themes("ivb-2028-2031")).isEmpty();
        mvc.perform(get(CONCEPT).with(as(jdbc, "raadslid.wassenaar"))).andExpect(status().isForbidden());
        mvc.perform(get(CONCEPT + "/dashboard").with(as(jdbc, "raadslid.wassenaar")))
                .andExpect(status().isForbidden());
        mvc.perform(get(CONCEPT + "/dashboard").with(as(jdbc, "manager.wassenaar")))
                .andExpect(status().isOk());
        mvc.perform(get("/gemeenten/wassenaar").with(as(jdbc, "raadslid.wassenaar")))
                .andExpect(content().string(not(containsString("IVB 2028-2031"))))
                .andExpect(content().string(not(containsString("/kaders/nieuw"))));
        mvc.perform(get("/gemeenten/wassenaar").with(as(jdbc, "manager.wassenaar")))
                .andExpect(content().string(containsString("IVB 2028-2031")));
        // nor its report, and not for anyone
        for (String report : List.of("/rapport", "/rapport.pdf", "/rapport.docx")) {
            mvc.perform(get(CONCEPT + report).with(as(jdbc, "raadslid.wassenaar")))
                    .andExpect(status().isForbidden());
            mvc.perform(get(CONCEPT + report).with(as(jdbc, "adviseur.wassenaar")))
                    .andExpect(status().isOk());
        }
        mvc.perform(get("/openbaar/wassenaar/kaders/ivb-2028-2031")).andExpect(status().isNotFound());
        mvc.perform(get("/openbaar/wassenaar/kaders/ivb-2028-2031.pdf")).andExpect(status().isNotFound());
        mvc.perform(get("/openbaar/wassenaar"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("IVB 2028-2031"))));
    }

    @Test
    void wrongYearsAndAnotherMunicipalitysThemesAreExplainedNextToTheirFields() throws Exception {
        long before = frameworkCount();
        mvc.perform(create("adviseur.wassenaar", "IVB 2028-2031", "2031", "2028", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Het laatste jaar kan niet voor het eerste jaar liggen.")))
                .andExpect(content().string(containsString("value=\"IVB 2028-2031\"")));
        mvc.perform(create("adviseur.wassenaar", "IVB 2028-2031", "twintig", "2031", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vul een jaartal in tussen 1990 en 2100")));
        mvc.perform(create(
                        "adviseur.wassenaar",
                        "IVB 2028-2031",
                        "2028",
                        "2031",
                        "strategisch-veiligheidsbeleid-2026-2030"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kies een beleidskader van deze gemeente.")));
        entityManager.flush();
        assertThat(frameworkCount()).isEqualTo(before);
    }

    @Test
    void theConceptIsEditedButNotOverAColleaguesSave() throws Exception {
        mvc.perform(create("adviseur.wassenaar", "IVB 2028-2031", "2028", "2031", ""))
                .andExpect(redirectedUrl(CONCEPT));
        long version = version("ivb-2028-2031");
        mvc.perform(edit("adviseur.wassenaar", "Integraal Veiligheidsbeleid 2028-2031", version))
                .andExpect(redirectedUrl(CONCEPT));
        mvc.perform(edit("manager.wassenaar", "IVB van de manager", version))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Iemand anders heeft dit beleidskader opgeslagen")))
                .andExpect(content().string(containsString("Nu opgeslagen: Integraal Veiligheidsbeleid 2028-2031")));
        entityManager.flush();
        assertThat(title("ivb-2028-2031")).isEqualTo("Integraal Veiligheidsbeleid 2028-2031");
    }

    @Test
    void aManagerAdoptsItWithTheCouncilsDateAndThenItIsReadOnly() throws Exception {
        mvc.perform(create("adviseur.wassenaar", "IVB 2028-2031", "2028", "2031", ""))
                .andExpect(redirectedUrl(CONCEPT));
        long version = version("ivb-2028-2031");
        mvc.perform(adopt("adviseur.wassenaar", "16-12-2025", version)).andExpect(status().isForbidden());
        mvc.perform(adopt("manager.wassenaar", "16-12-2999", version))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("De datum van het raadsbesluit kan niet in de toekomst liggen.")));
        mvc.perform(adopt("manager.wassenaar", "16-12-2025", version)).andExpect(redirectedUrl(CONCEPT));
        entityManager.flush();
        assertThat(jdbc.sql("""
                        select state || ' ' || adopted_by_council_on from policy_framework where slug = 'ivb-2028-2031'""").query(String.class).single()).isEqualTo("VASTGESTELD 2025-12-16");
        // the administrators' log has who created and who adopted it, for the municipality's own administrators
        assertThat(jdbc.sql("""
                        select kind || ' ' || subject || ' ' || coalesce(detail, '-') || ' ' || actor_name from admin_log
                        where municipality_id = (select id from municipality where slug = 'wassenaar') order by id""").query(String.class).list())
                .hasSize(2)
                .first()
                .asString()
                .startsWith("FRAMEWORK_CREATED IVB 2028-2031 - ");
        assertThat(jdbc.sql("select kind || ' ' || detail from admin_log order by id desc limit 1")
                        .query(String.class)
                        .single())
                .isEqualTo("FRAMEWORK_ADOPTED raad 16-12-2025");

        mvc.perform(get(CONCEPT + "/bewerken").with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("is al vastgesteld door de gemeenteraad")));
        mvc.perform(edit("adviseur.wassenaar", "Gewijzigd na vaststelling", version("ivb-2028-2031")))
                .andExpect(status().isConflict());
        mvc.perform(adopt("manager.wassenaar", "17-12-2025", version("ivb-2028-2031")))
                .andExpect(status().isConflict());
        mvc.perform(get(CONCEPT).with(as(jdbc, "raadslid.wassenaar")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("16 december 2025")))
                .andExpect(content().string(not(containsString("/bewerken"))));
        entityManager.flush();
        assertThat(title("ivb-2028-2031")).isEqualTo("IVB 2028-2031");
    }

    @Test
    void aSeededFrameworkIsAdoptedAndNotEditable() throws Exception {
        mvc.perform(edit("adviseur.wassenaar", "ivb-2024-2027", "Gewijzigd", version("ivb-2024-2027")))
                .andExpect(status().isConflict());
        entityManager.flush();
        assertThat(title("ivb-2024-2027")).isEqualTo("Integraal Veiligheidsbeleid (IVB) 2024-2027");
    }

    @Test
    void anotherMunicipalitysStaffAndCouncilMembersCreateNothing() throws Exception {
        long before = frameworkCount();
        for (String username : List.of("adviseur.rijswijk", "manager.rijswijk", "raadslid.wassenaar")) {
            mvc.perform(get(NEW).with(as(jdbc, username))).andExpect(status().isForbidden());
            mvc.perform(create(username, "IVB 2028-2031", "2028", "2031", "ivb-2024-2027"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(create("adviseur.wassenaar", "IVB 2028-2031", "2028", "2031", ""))
                .andExpect(redirectedUrl(CONCEPT));
        mvc.perform(edit("adviseur.rijswijk", "Gehackt", version("ivb-2028-2031")))
                .andExpect(status().isForbidden());
        mvc.perform(adopt("manager.rijswijk", "16-12-2025", version("ivb-2028-2031")))
                .andExpect(status().isForbidden());
        entityManager.flush();
        assertThat(title("ivb-2028-2031")).isEqualTo("IVB 2028-2031");
        assertThat(frameworkCount()).isEqualTo(before + 1);
    }

    private MockHttpServletRequestBuilder create(
            String username, String title, String first, String last, String themesFrom) {
        return post(NEW)
                .with(as(jdbc, username))
                .with(csrf())
                .param("titel", title)
                .param("soort", "INTEGRAL_SAFETY")
                .param("eerstejaar", first)
                .param("laatstejaar", last)
                .param("missie", "Wassenaar is en voelt veilig.")
                .param("visie", "")
                .param("succesfactoren", "- samenwerking\n- informatie")
                .param("themasvan", themesFrom);
    }

    private MockHttpServletRequestBuilder edit(String username, String title, long version) {
        return edit(username, "ivb-2028-2031", title, version);
    }

    private MockHttpServletRequestBuilder edit(String username, String framework, String title, long version) {
        return post("/gemeenten/wassenaar/kaders/" + framework + "/bewerken")
                .with(as(jdbc, username))
                .with(csrf())
                .param("titel", title)
                .param("soort", "INTEGRAL_SAFETY")
                .param("eerstejaar", "2028")
                .param("laatstejaar", "2031")
                .param("version", String.valueOf(version));
    }

    private MockHttpServletRequestBuilder adopt(String username, String date, long version) {
        return post(CONCEPT + "/vaststellen")
                .with(as(jdbc, username))
                .with(csrf())
                .param("besluitdatum", date)
                .param("version", String.valueOf(version));
    }

    /** Each theme's name, field, parent and kind in the framework's tree order. */
    private List<String> themes(String framework) {
        entityManager.flush();
        return jdbc.sql("""
                select t.name || '|' || coalesce(t.kernbeleid_field::text, '-') || '|' || coalesce(p.name, '-')
                       || '|' || t.kind || '|' || coalesce(t.goal, '-')
                from theme t join theme_tree tree on tree.id = t.id left join theme p on p.id = t.parent_id
                join policy_framework f on f.id = t.framework_id
                where f.slug = ? order by tree.sort_key""").param(framework).query(String.class).list();
    }

    private long version(String framework) {
        entityManager.flush();
        return jdbc.sql("select version from policy_framework where slug = ?")
                .param(framework)
                .query(Long.class)
                .single();
    }

    private String title(String framework) {
        return jdbc.sql("select title from policy_framework where slug = ?")
                .param(framework)
                .query(String.class)
                .single();
    }

    private long frameworkCount() {
        return jdbc.sql("select count(*) from policy_framework")
                .query(Long.class)
                .single();
    }
}
