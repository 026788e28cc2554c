package nl.ivbplanner.activity;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** Adding and deleting activities of Wassenaar's concept plan 2026 (rolled back after each test). */
@IvbIntegrationTest
@Transactional
class AddAndDeleteActivityTest {

    private static final String PLAN = "/gemeenten/wassenaar/kaders/ivb-2024-2027/plannen/2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @PersistenceContext
    EntityManager entityManager;

    @Test
    void advisorAddsAnActivityAtTheEndOfTheChosenTheme() throws Exception {
        long theme = theme("ivb-2024-2027", "Leefbaarheid");
        mvc.perform(get(PLAN).with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(content().string(containsString(PLAN + "/activiteiten/nieuw")));
        mvc.perform(post(PLAN + "/activiteiten/nieuw")
                        .with(as(jdbc, "adviseur.wassenaar"))
                        .with(csrf())
                        .param("version", "0")
                        .param("thema", String.valueOf(theme))
                        .param("titel", "Schouw met bewoners in Maaldrift")
                        .param("doel", "Signalen van verloedering eerder zien")
                        .param("planning", "Q3 2026"))
                .andExpect(redirectedUrlPattern("/gemeenten/wassenaar/activiteiten/*"));
        entityManager.flush();
        assertThat(jdbc.sql("""
                select a.theme_id = ? and a.position = (select max(position) from activity where plan_id = a.plan_id)
                from activity a where a.title = 'Schouw met bewoners in Maaldrift'""").param(theme).query(Boolean.class).single()).isTrue();
        mvc.perform(get(PLAN).with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(content().string(containsString("Schouw met bewoners in Maaldrift")))
                .andExpect(content().string(containsString("12 activiteiten")));
    }

    @Test
    void aThemeOfAnotherFrameworkOrNoThemeIsRefusedNextToTheField() throws Exception {
        long rijswijkTheme =
                theme("strategisch-veiligheidsbeleid-2026-2030", "Cybercrime en gedigitaliseerde criminaliteit");
        for (String theme : new String[] {String.valueOf(rijswijkTheme), ""}) {
            mvc.perform(post(PLAN + "/activiteiten/nieuw")
                            .with(as(jdbc, "adviseur.wassenaar"))
                            .with(csrf())
                            .param("version", "0")
                            .param("thema", theme)
                            .param("titel", "Mijn activiteit"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Kies het thema van de activiteit.")))
                    .andExpect(content().string(containsString("Mijn activiteit")));
        }
        entityManager.flush();
        assertThat(jdbc.sql("select count(*) from activity where title = 'Mijn activiteit'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"raadslid.wassenaar, 403", "adviseur.rijswijk, 403"})
    void othersCannotAdd(String username, int expected) throws Exception {
        mvc.perform(post(PLAN + "/activiteiten/nieuw")
                        .with(as(jdbc, username))
                        .with(csrf())
                        .param("thema", String.valueOf(theme("ivb-2024-2027", "Leefbaarheid")))
                        .param("titel", "Poging"))
                .andExpect(status().is(expected));
        mvc.perform(get(PLAN + "/activiteiten/nieuw").with(as(jdbc, username))).andExpect(status().is(expected));
    }

    @Test
    void anAdoptedPlanGetsNoNewActivities() throws Exception {
        String adopted = "/gemeenten/wassenaar/kaders/ivb-2024-2027/plannen/2025";
        mvc.perform(get(adopted + "/activiteiten/nieuw").with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(status().isConflict());
        mvc.perform(get(adopted).with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(content().string(not(containsString("/activiteiten/nieuw"))));
    }

    @Test
    void advisorDeletesAnActivityOfTheConceptAfterConfirming() throws Exception {
        long id = jdbc.sql("""
                select min(a.id) from activity a join execution_plan p on p.id = a.plan_id
                join policy_framework f on f.id = p.framework_id where f.slug = 'ivb-2024-2027' and p.year = 2026""").query(Long.class).single();
        mvc.perform(get("/gemeenten/wassenaar/activiteiten/{id}/verwijderen", id)
                        .with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("uit dit conceptplan verwijderen")));
        mvc.perform(post("/gemeenten/wassenaar/activiteiten/{id}/verwijderen", id)
                        .with(as(jdbc, "raadslid.wassenaar"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/gemeenten/wassenaar/activiteiten/{id}/verwijderen", id)
                        .with(as(jdbc, "adviseur.wassenaar"))
                        .with(csrf()))
                .andExpect(redirectedUrl(PLAN));
        entityManager.flush();
        assertThat(jdbc.sql("select count(*) from activity where id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from activity_partner where activity_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anActivityOfAnAdoptedPlanCannotBeDeleted() throws Exception {
        long id = jdbc.sql("""
                select min(a.id) from activity a join execution_plan p on p.id = a.plan_id
                join policy_framework f on f.id = p.framework_id where f.slug = 'ivb-2024-2027' and p.year = 2025""").query(Long.class).single();
        mvc.perform(post("/gemeenten/wassenaar/activiteiten/{id}/verwijderen", id)
                        .with(as(jdbc, "manager.wassenaar"))
                        .with(csrf()))
                .andExpect(status().isConflict());
        entityManager.flush();
        assertThat(jdbc.sql("select count(*) from activity where id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isOne();
    }

    private long theme(String framework, String name) {
        return jdbc.sql("""
                select t.id from theme t join policy_framework f on f.id = t.framework_id
                where f.slug = ? and t.name = ? and t.parent_id is null""").param(framework).param(name).query(Long.class).single();
    }
}
