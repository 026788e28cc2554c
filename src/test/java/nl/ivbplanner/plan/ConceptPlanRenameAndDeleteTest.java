package nl.ivbplanner.plan;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/** A manager renames or deletes Wassenaar's concept plan 2026 made by mistake; adopted plans stay (rolled back). */
@IvbIntegrationTest
@Transactional
class ConceptPlanRenameAndDeleteTest {

    private static final String FRAMEWORK = "/gemeenten/wassenaar/kaders/ivb-2024-2027";
    private static final String CONCEPT = FRAMEWORK + "/plannen/2026";
    private static final String EVALUATED = FRAMEWORK + "/plannen/2025";
    private static final String TITLE = "Uitvoeringsplan Integraal Veiligheidsbeleid Wassenaar 2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @PersistenceContext
    EntityManager entityManager;

    @Test
    void onlyAManagerSeesRenameAndDeleteAndOnlyOnAConcept() throws Exception {
        mvc.perform(get(CONCEPT).with(as(jdbc, "manager.wassenaar")))
                .andExpect(content().string(containsString("href=\"" + CONCEPT + "/titel\"")))
                .andExpect(content().string(containsString("href=\"" + CONCEPT + "/verwijderen\"")));
        mvc.perform(get(CONCEPT).with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(content().string(not(containsString(CONCEPT + "/titel"))))
                .andExpect(content().string(not(containsString(CONCEPT + "/verwijderen\""))));
        mvc.perform(get(EVALUATED).with(as(jdbc, "manager.wassenaar")))
                .andExpect(content().string(not(containsString(EVALUATED + "/titel"))))
                .andExpect(content().string(not(containsString(EVALUATED + "/verwijderen\""))));
    }

    @Test
    void aManagerRenamesTheConceptAndItKeepsItsAddress() throws Exception {
        assertThat(title(2026)).isEqualTo(TITLE);
        mvc.perform(get(CONCEPT + "/titel").with(as(jdbc, "manager.wassenaar")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + TITLE + "\"")))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + version() + "\"")));
        mvc.perform(rename("Uitvoeringsprogramma Veiligheid Wassenaar 2026", version()))
                .andExpect(redirectedUrl(CONCEPT))
                .andExpect(flash().attribute("message", "plan.concept.renamed"));
        entityManager.flush();
        assertThat(title(2026)).isEqualTo("Uitvoeringsprogramma Veiligheid Wassenaar 2026");
        mvc.perform(get(CONCEPT).with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "<h1 class=\"utrecht-heading-1\">Uitvoeringsprogramma Veiligheid Wassenaar 2026</h1>")));
        mvc.perform(get(CONCEPT + "/export.csv").with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(status().isOk())
                .andExpect(header().string(
                                "Content-Disposition",
                                containsString("Uitvoeringsprogramma Veiligheid Wassenaar 2026.csv")));
    }

    @Test
    void aBlankTitleOrAColleaguesRenameInBetweenKeepsWhatTheManagerTyped() throws Exception {
        long opened = version();
        mvc.perform(rename("   ", opened))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vul de titel van het plan in.")))
                .andExpect(content().string(containsString("id=\"titel-fout\"")));
        mvc.perform(rename("Titel van de collega", opened)).andExpect(status().is3xxRedirection());
        entityManager.flush();
        mvc.perform(rename("Mijn titel", opened))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("Een collega heeft dit plan gewijzigd nadat u het formulier opende.")))
                .andExpect(content().string(containsString("value=\"Mijn titel\"")))
                .andExpect(content().string(containsString("<dd>Titel van de collega</dd>")))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + version() + "\"")));
        entityManager.flush();
        assertThat(title(2026)).isEqualTo("Titel van de collega");
    }

    @Test
    void deletingTheConceptLeavesTheEvaluatedPlansCarryOverAsIfNothingWasCarried() throws Exception {
        long carried = jdbc.sql("""
                select count(*) from activity c join activity o on o.id = c.carried_over_from_id
                join execution_plan op on op.id = o.plan_id join execution_plan cp on cp.id = c.plan_id
                where op.year = 2025 and cp.year = 2026 and op.framework_id = cp.framework_id""").query(Long.class).single();
        assertThat(carried).isPositive();
        long activities2025 = activities(2025);
        mvc.perform(get(EVALUATED + "/overnemen").with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(content().string(containsString("staat al in het plan van 2026")));

        mvc.perform(get(CONCEPT + "/verwijderen").with(as(jdbc, "manager.wassenaar")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Wilt u het conceptplan ‘" + TITLE + "’ verwijderen?")))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + version() + "\"")));
        mvc.perform(post(CONCEPT + "/verwijderen")
                        .with(as(jdbc, "manager.wassenaar"))
                        .with(csrf())
                        .param("version", String.valueOf(version())))
                .andExpect(redirectedUrl(FRAMEWORK))
                .andExpect(flash().attribute("message", "plan.concept.deleted"))
                .andExpect(flash().attribute("messageArguments", List.of(TITLE)));
        entityManager.flush();

        assertThat(jdbc.sql("""
                select count(*) from execution_plan p join policy_framework f on f.id = p.framework_id
                where f.slug = 'ivb-2024-2027' and p.year = 2026""").query(Long.class).single()).isZero();
        mvc.perform(get(CONCEPT).with(as(jdbc, "manager.wassenaar"))).andExpect(status().isNotFound());
        mvc.perform(get(CONCEPT + "/export.csv").with(as(jdbc, "manager.wassenaar")))
                .andExpect(status().isNotFound());
        mvc.perform(get(FRAMEWORK).with(as(jdbc, "manager.wassenaar")))
                .andExpect(content().string(not(containsString(TITLE))));
        assertThat(activities(2025)).isEqualTo(activities2025);
        mvc.perform(get(EVALUATED + "/overnemen").with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(content().string(not(containsString("staat al in het plan van 2026"))))
                .andExpect(content()
                        .string(containsString("Er is nog geen plan voor 2026; het wordt als concept aangemaakt.")))
                .andExpect(content().string(containsString("Overnemen in 2026")));
    }

    @Test
    void aStaleOrMissingConfirmationAsksAgainAndDeletesNothing() throws Exception {
        mvc.perform(post(CONCEPT + "/verwijderen")
                        .with(as(jdbc, "manager.wassenaar"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Het plan is gewijzigd sinds u deze pagina opende.")));
        long opened = version();
        mvc.perform(rename("Andere titel", opened)).andExpect(status().is3xxRedirection());
        entityManager.flush();
        mvc.perform(post(CONCEPT + "/verwijderen")
                        .with(as(jdbc, "manager.wassenaar"))
                        .with(csrf())
                        .param("version", String.valueOf(opened)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Het plan is gewijzigd sinds u deze pagina opende.")))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + version() + "\"")));
        entityManager.flush();
        assertThat(title(2026)).isEqualTo("Andere titel");
    }

    @Test
    void anAdoptedOrEvaluatedPlanCanBeNeitherRenamedNorDeleted() throws Exception {
        String evaluatedTitle = title(2025);
        var manager = as(jdbc, "manager.wassenaar");
        for (String page : new String[] {EVALUATED + "/titel", EVALUATED + "/verwijderen"}) {
            mvc.perform(get(page).with(manager))
                    .andExpect(status().isConflict())
                    .andExpect(content()
                            .string(containsString(
                                    "Alleen een conceptplan kan een andere titel krijgen of worden verwijderd.")));
        }
        mvc.perform(post(EVALUATED + "/titel")
                        .with(manager)
                        .with(csrf())
                        .param("titel", "Poging")
                        .param("version", "0"))
                .andExpect(status().isConflict());
        mvc.perform(post(EVALUATED + "/verwijderen").with(manager).with(csrf()).param("version", "0"))
                .andExpect(status().isConflict());
        entityManager.flush();
        assertThat(title(2025)).isEqualTo(evaluatedTitle);
    }

    /** Adopted once and reopened, the concept has a history of decisions: it is not deleted with them. */
    @Test
    void aReopenedPlanIsNotDeletedWithItsDecisions() throws Exception {
        jdbc.sql("""
                insert into plan_state_change (plan_id, from_state, to_state, reason)
                select p.id, 'VASTGESTELD', 'CONCEPT', 'Een activiteit ontbrak.' from execution_plan p
                join policy_framework f on f.id = p.framework_id where f.slug = 'ivb-2024-2027' and p.year = 2026""").update();
        var manager = as(jdbc, "manager.wassenaar");
        mvc.perform(get(CONCEPT + "/verwijderen").with(manager))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Dit concept is eerder vastgesteld en daarna heropend.")));
        mvc.perform(post(CONCEPT + "/verwijderen")
                        .with(manager)
                        .with(csrf())
                        .param("version", String.valueOf(version())))
                .andExpect(status().isConflict());
        entityManager.flush();
        assertThat(title(2026)).isEqualTo(TITLE);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"adviseur.wassenaar, 403", "raadslid.wassenaar, 403", "manager.rijswijk, 403", "beheerder, 302"})
    void onlyManagersAndAdministratorsDeleteAConcept(String username, int expected) throws Exception {
        long opened = version();
        mvc.perform(post(CONCEPT + "/verwijderen")
                        .with(as(jdbc, username))
                        .with(csrf())
                        .param("version", String.valueOf(opened)))
                .andExpect(status().is(expected));
        entityManager.flush();
        assertThat(jdbc.sql("""
                select count(*) from execution_plan p join policy_framework f on f.id = p.framework_id
                where f.slug = 'ivb-2024-2027' and p.year = 2026""").query(Long.class).single()).isEqualTo(expected == 302 ? 0 : 1);
    }

    private MockHttpServletRequestBuilder rename(String title, long version) {
        return post(CONCEPT + "/titel")
                .with(as(jdbc, "manager.wassenaar"))
                .with(csrf())
                .param("titel", title)
                .param("version", String.valueOf(version));
    }

    private long version() {
        entityManager.flush();
        return jdbc.sql("""
                select p.version from execution_plan p join policy_framework f on f.id = p.framework_id
                where f.slug = 'ivb-2024-2027' and p.year = 2026""").query(Long.class).single();
    }

    private String title(int year) {
        return jdbc.sql("""
                select p.title from execution_plan p join policy_framework f on f.id = p.framework_id
                where f.slug = 'ivb-2024-2027' and p.year = ?""").param(year).query(String.class).single();
    }

    private long activities(int year) {
        return jdbc.sql("""
                select count(*) from activity a join execution_plan p on p.id = a.plan_id
                join policy_framework f on f.id = p.framework_id where f.slug = 'ivb-2024-2027' and p.year = ?""").param(year).query(Long.class).single();
    }
}
