package nl.ivbplanner.narrative;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.ivbplanner.support.IvbIntegrationTest;
import nl.ivbplanner.support.SqlStatementCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/**
 * A concept framework's own chapters and texts, on the same editor as a plan's: written by the municipality's staff
 * while it is a concept, read-only once adopted (Wassenaar's seeded IVB 2024-2027). Every test is rolled back.
 */
@IvbIntegrationTest
@Transactional
class FrameworkSectionsTest {

    private static final String CONCEPT = "/gemeenten/wassenaar/kaders/ivb-2028-2031";
    private static final String TEXTS = CONCEPT + "/teksten";
    private static final String ADOPTED_TEXTS = "/gemeenten/wassenaar/kaders/ivb-2024-2027/teksten";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SqlStatementCounter counter;

    @PersistenceContext
    EntityManager entityManager;

    /** A concept framework made as an advisor makes one, with the previous framework's themes. */
    @BeforeEach
    void concept() throws Exception {
        mvc.perform(post("/gemeenten/wassenaar/kaders/nieuw")
                        .with(as(jdbc, "adviseur.wassenaar"))
                        .with(csrf())
                        .param("titel", "IVB 2028-2031")
                        .param("soort", "INTEGRAL_SAFETY")
                        .param("eerstejaar", "2028")
                        .param("laatstejaar", "2031")
                        .param("missie", "Wassenaar is en voelt veilig.")
                        .param("themasvan", "ivb-2024-2027"))
                .andExpect(redirectedUrl(CONCEPT));
        entityManager.flush();
    }

    @Test
    void theFrameworkPageLinksStaffToTheTextsOfAConceptOnly() throws Exception {
        mvc.perform(get(CONCEPT).with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"" + TEXTS + "\"")));
        mvc.perform(get(TEXTS).with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dit beleidskader heeft nog geen hoofdstukken of teksten.")))
                .andExpect(content().string(containsString("href=\"" + TEXTS + "/nieuw\"")))
                .andExpect(content().string(containsString("Terug naar het beleidskader")));
        mvc.perform(get("/gemeenten/wassenaar/kaders/ivb-2024-2027").with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("href=\"" + ADOPTED_TEXTS + "\""))));
    }

    @Test
    void anAdvisorAddsPlacesEditsMovesAndDeletesTheFrameworksOwnSections() throws Exception {
        long theme = jdbc.sql("""
                select t.id from theme t join policy_framework f on f.id = t.framework_id
                where f.slug = 'ivb-2028-2031' and t.name = 'Leefbaarheid' and t.parent_id is null""").query(Long.class).single();
        mvc.perform(get(TEXTS + "/nieuw").with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Plaats in het beleidskader")))
                .andExpect(content().string(containsString("<option value=\"" + theme + "\"")));
        mvc.perform(add("Inleiding", "De gemeente Wassenaar is en voelt veilig.", "", "eind"))
                .andExpect(redirectedUrl(TEXTS + "#tekst-" + id("Inleiding")))
                .andExpect(flash().attribute("message", "narrative.added"));
        mvc.perform(add("Slot", "Tot slot.", String.valueOf(theme), "eind")).andExpect(status().is3xxRedirection());
        mvc.perform(add("Voorwoord", "", "", "begin")).andExpect(status().is3xxRedirection());
        mvc.perform(add("Tussenin", "", "", String.valueOf(id("Inleiding")))).andExpect(status().is3xxRedirection());
        assertThat(headings()).containsExactly("Voorwoord", "Inleiding", "Tussenin", "Slot");
        assertThat(jdbc.sql("select count(*) from narrative_section where plan_id is not null and heading = 'Slot'")
                        .query(Long.class)
                        .single())
                .isZero();

        long slot = id("Slot");
        mvc.perform(get(TEXTS + "/{id}/bewerken", slot).with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Slot\"")))
                .andExpect(content().string(containsString("href=\"" + CONCEPT + "\"")));
        mvc.perform(post(TEXTS + "/{id}/bewerken", slot)
                        .with(as(jdbc, "adviseur.wassenaar"))
                        .with(csrf())
                        .param("niveau", "2")
                        .param("kop", "Slotwoord")
                        .param("tekst", "Tot ziens.")
                        .param("thema", "")
                        .param("nietOpenbaar", "ja")
                        .param("version", String.valueOf(version(slot))))
                .andExpect(redirectedUrl(TEXTS + "#tekst-" + slot));
        entityManager.flush();
        assertThat(jdbc.sql("select level || '|' || heading || '|' || body || '|' || not_public || '|' "
                                + "|| coalesce(theme_id::text, '-') from narrative_section where id = ?")
                        .param(slot)
                        .query(String.class)
                        .single())
                .isEqualTo("2|Slotwoord|Tot ziens.|true|-");

        mvc.perform(post(TEXTS + "/{id}/omhoog", slot)
                        .with(as(jdbc, "manager.wassenaar"))
                        .with(csrf()))
                .andExpect(redirectedUrl(TEXTS + "#tekst-" + slot));
        assertThat(headings()).containsExactly("Voorwoord", "Inleiding", "Slotwoord", "Tussenin");

        mvc.perform(get(TEXTS + "/{id}/verwijderen", id("Tussenin")).with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Wilt u ‘Tussenin’ uit dit conceptkader verwijderen?")))
                .andExpect(content()
                        .string(containsString("action=\"" + TEXTS + "/" + id("Tussenin") + "/verwijderen\"")));
        mvc.perform(post(TEXTS + "/{id}/verwijderen", id("Tussenin"))
                        .with(as(jdbc, "adviseur.wassenaar"))
                        .with(csrf()))
                .andExpect(redirectedUrl(TEXTS));
        assertThat(headings()).containsExactly("Voorwoord", "Inleiding", "Slotwoord");

        // the framework page and its report show the new texts, the one not public too for the staff
        mvc.perform(get(CONCEPT).with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(content().string(containsString("De gemeente Wassenaar is en voelt veilig.")))
                .andExpect(content().string(containsString("Slotwoord")));
        mvc.perform(get(CONCEPT + "/rapport").with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("De gemeente Wassenaar is en voelt veilig.")));
    }

    @Test
    void aThemeOfAnotherFrameworkOrAPlaceInAPlanIsExplainedAndTheFormStaysFilled() throws Exception {
        long oldTheme = jdbc.sql("""
                select t.id from theme t join policy_framework f on f.id = t.framework_id
                where f.slug = 'ivb-2024-2027' and t.name = 'Leefbaarheid' and t.parent_id is null""").query(Long.class).single();
        mvc.perform(add("Inleiding", "Eigen tekst.", String.valueOf(oldTheme), "eind"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kies een thema uit dit beleidskader, of geen thema.")))
                .andExpect(content().string(containsString("value=\"Inleiding\"")));
        long planSection = jdbc.sql("select min(id) from narrative_section where plan_id is not null")
                .query(Long.class)
                .single();
        mvc.perform(add("Inleiding", "Eigen tekst.", "", String.valueOf(planSection)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kies een plaats in dit beleidskader.")));
        assertThat(headings()).isEmpty();
    }

    @Test
    void aColleaguesSaveInBetweenIsDetected() throws Exception {
        mvc.perform(add("Inleiding", "Eerste versie.", "", "eind")).andExpect(status().is3xxRedirection());
        long id = id("Inleiding");
        long version = version(id);
        mvc.perform(edit("adviseur.wassenaar", id, version, "Tweede versie.")).andExpect(status().is3xxRedirection());
        entityManager.flush();
        mvc.perform(edit("manager.wassenaar", id, version, "Derde versie."))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Een collega heeft deze tekst opgeslagen")))
                .andExpect(content().string(containsString("Derde versie.")));
        entityManager.flush();
        assertThat(jdbc.sql("select body from narrative_section where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("Tweede versie.");
    }

    @Test
    void anAdoptedFrameworksTextsAreReadOnly() throws Exception {
        long seeded = jdbc.sql("""
                select count(*) from narrative_section s join policy_framework f on f.id = s.framework_id
                where f.slug = 'ivb-2024-2027'""").query(Long.class).single();
        mvc.perform(get(ADOPTED_TEXTS).with(as(jdbc, "adviseur.wassenaar"))).andExpect(status().isConflict());
        mvc.perform(get(ADOPTED_TEXTS + "/nieuw").with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(status().isConflict());
        mvc.perform(post(ADOPTED_TEXTS + "/nieuw")
                        .with(as(jdbc, "adviseur.wassenaar"))
                        .with(csrf())
                        .param("niveau", "1")
                        .param("kop", "Na vaststelling")
                        .param("plaats", "eind"))
                .andExpect(status().isConflict());
        entityManager.flush();
        assertThat(jdbc.sql("""
                select count(*) from narrative_section s join policy_framework f on f.id = s.framework_id
                where f.slug = 'ivb-2024-2027'""").query(Long.class).single()).isEqualTo(seeded);

        // adopting the concept closes its texts too
        mvc.perform(add("Inleiding", "Tekst.", "", "eind")).andExpect(status().is3xxRedirection());
        long id = id("Inleiding");
        mvc.perform(post(CONCEPT + "/vaststellen")
                        .with(as(jdbc, "manager.wassenaar"))
                        .with(csrf())
                        .param("besluitdatum", "16-12-2025")
                        .param("version", String.valueOf(frameworkVersion())))
                .andExpect(redirectedUrl(CONCEPT));
        mvc.perform(edit("adviseur.wassenaar", id, version(id), "Gewijzigd.")).andExpect(status().isConflict());
        mvc.perform(post(TEXTS + "/{id}/verwijderen", id)
                        .with(as(jdbc, "adviseur.wassenaar"))
                        .with(csrf()))
                .andExpect(status().isConflict());
        mvc.perform(get(CONCEPT).with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(content().string(not(containsString("href=\"" + TEXTS + "\""))));
        assertThat(headings()).containsExactly("Inleiding");
    }

    @Test
    void councilMembersAndAnotherMunicipalitysStaffAreTurnedAway() throws Exception {
        mvc.perform(add("Inleiding", "Tekst.", "", "eind")).andExpect(status().is3xxRedirection());
        long id = id("Inleiding");
        for (String username : List.of("raadslid.wassenaar", "adviseur.rijswijk", "manager.rijswijk")) {
            mvc.perform(get(TEXTS).with(as(jdbc, username))).andExpect(status().isForbidden());
            mvc.perform(get(TEXTS + "/{id}/bewerken", id).with(as(jdbc, username)))
                    .andExpect(status().isForbidden());
            mvc.perform(post(TEXTS + "/nieuw")
                            .with(as(jdbc, username))
                            .with(csrf())
                            .param("niveau", "1")
                            .param("kop", "Ingebroken")
                            .param("plaats", "eind"))
                    .andExpect(status().isForbidden());
            mvc.perform(edit(username, id, version(id), "Ingebroken")).andExpect(status().isForbidden());
            mvc.perform(post(TEXTS + "/{id}/verwijderen", id)
                            .with(as(jdbc, username))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
        }
        // a section of a plan is not one of the framework's
        long planSection = jdbc.sql("select min(id) from narrative_section where plan_id is not null")
                .query(Long.class)
                .single();
        mvc.perform(get(TEXTS + "/{id}/bewerken", planSection).with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(status().isNotFound());
        entityManager.flush();
        assertThat(headings()).containsExactly("Inleiding");
        assertThat(jdbc.sql("select body from narrative_section where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("Tekst.");
    }

    @Test
    void theListRunsAFixedNumberOfStatements() throws Exception {
        mvc.perform(add("Hoofdstuk", "Tekst", "", "eind")).andExpect(status().is3xxRedirection());
        int one = listStatements();
        for (int i = 0; i < 5; i++) {
            mvc.perform(add("Hoofdstuk " + i, "Tekst " + i, "", "eind")).andExpect(status().is3xxRedirection());
        }
        // municipality, framework, the sections with their themes, whatever their number
        assertThat(listStatements()).isEqualTo(one).isLessThanOrEqualTo(4);
    }

    private int listStatements() throws Exception {
        entityManager.flush();
        entityManager.clear();
        var advisor = as(jdbc, "adviseur.wassenaar");
        return counter.count(() -> mvc.perform(get(TEXTS).with(advisor)).andExpect(status().isOk()));
    }

    private MockHttpServletRequestBuilder add(String heading, String body, String theme, String place) {
        return post(TEXTS + "/nieuw")
                .with(as(jdbc, "adviseur.wassenaar"))
                .with(csrf())
                .param("niveau", "1")
                .param("kop", heading)
                .param("tekst", body)
                .param("thema", theme)
                .param("plaats", place);
    }

    private MockHttpServletRequestBuilder edit(String username, long id, long version, String body) {
        return post(TEXTS + "/{id}/bewerken", id)
                .with(as(jdbc, username))
                .with(csrf())
                .param("niveau", "1")
                .param("kop", "Inleiding")
                .param("tekst", body)
                .param("version", String.valueOf(version));
    }

    private List<String> headings() {
        entityManager.flush();
        return jdbc.sql("""
                select s.heading from narrative_section s join policy_framework f on f.id = s.framework_id
                where f.slug = 'ivb-2028-2031' order by s.position, s.id""").query(String.class).list();
    }

    private long id(String heading) {
        entityManager.flush();
        return jdbc.sql("""
                select s.id from narrative_section s join policy_framework f on f.id = s.framework_id
                where f.slug = 'ivb-2028-2031' and s.heading = ?""").param(heading).query(Long.class).single();
    }

    private long version(long id) {
        entityManager.flush();
        return jdbc.sql("select version from narrative_section where id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }

    private long frameworkVersion() {
        entityManager.flush();
        return jdbc.sql("select version from policy_framework where slug = 'ivb-2028-2031'")
                .query(Long.class)
                .single();
    }
}
