package nl.ivbplanner.activity;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import nl.ivbplanner.support.Given;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager names who answers for an activity of an adopted plan and by when; the activity's page shows it. Someone
 * of another municipality, a date that does not exist and a colleague's save in between are refused next to their
 * field with the input kept; an evaluated plan's activities keep theirs.
 */
@IvbIntegrationTest
@Transactional
class ActivityAssignmentTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    /** The requests join the test's transaction: flushed, their changes reach SQL and the version. */
    @PersistenceContext
    EntityManager entities;

    @Test
    void aManagerAssignsAnAdvisorAndADeadlineOnAnAdoptedPlan() throws Exception {
        long activity = adoptedActivity();

        mvc.perform(assign(activity, userId("adviseur.wassenaar"), "30-06-2026", version(activity)))
                .andExpect(status().is3xxRedirection());
        entities.flush();

        assertThat(jdbc.sql("""
                        select u.username || ' ' || a.deadline from activity a join app_user u on u.id = a.responsible_user_id
                        where a.id = ?""").param(activity).query(String.class).single())
                .isEqualTo("adviseur.wassenaar 2026-06-30");
        assertThat(page("/gemeenten/wassenaar/activiteiten/" + activity, "manager.wassenaar"))
                .contains("Verantwoordelijke", "Beleidsadviseur Wassenaar", "30 juni 2026");
    }

    @Test
    void someoneOfAnotherMunicipalityIsRefusedNextToTheFieldAndTheDateIsKept() throws Exception {
        long activity = adoptedActivity();

        String page = mvc.perform(assign(activity, userId("adviseur.rijswijk"), "30-06-2026", version(activity)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page)
                .contains("id=\"verantwoordelijke-fout\"")
                .contains("Kies een adviseur of leidinggevende van deze gemeente.")
                .contains("value=\"30-06-2026\"");
        assertThat(responsible(activity)).isNull();
    }

    @Test
    void aDateThatDoesNotExistIsRefusedNextToTheField() throws Exception {
        long activity = adoptedActivity();

        String page = mvc.perform(assign(activity, userId("adviseur.wassenaar"), "31-02-2026", version(activity)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("id=\"uiterlijk-fout\"").contains("Deze datum bestaat niet.");
        assertThat(responsible(activity)).isNull();
    }

    @Test
    void aColleaguesSaveInBetweenIsShownAndNotOverwritten() throws Exception {
        long activity = adoptedActivity();
        long seen = version(activity);
        mvc.perform(assign(activity, userId("manager.wassenaar"), "", seen)).andExpect(status().is3xxRedirection());
        entities.flush();

        String page = mvc.perform(assign(activity, userId("adviseur.wassenaar"), "01-09-2026", seen))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("Intussen opgeslagen door een collega").contains("value=\"01-09-2026\"");
        assertThat(responsible(activity)).isEqualTo(userId("manager.wassenaar"));
    }

    @Test
    void anEvaluatedPlansActivityKeepsItsResponsiblePerson() throws Exception {
        long activity = Given.in(jdbc).plan("ivb-2024-2027", 2025).activities().get(0);

        mvc.perform(get("/gemeenten/wassenaar/activiteiten/" + activity + "/toewijzen")
                        .with(as(jdbc, "manager.wassenaar")))
                .andExpect(status().isConflict());
        mvc.perform(assign(activity, userId("adviseur.wassenaar"), "", version(activity)))
                .andExpect(status().isConflict());
        assertThat(page("/gemeenten/wassenaar/activiteiten/" + activity, "manager.wassenaar"))
                .doesNotContain("/toewijzen");
    }

    private long adoptedActivity() {
        return Given.in(jdbc)
                .plan("ondermijning-2025-2028", 2026)
                .adopted(LocalDate.of(2026, 2, 10))
                .activities()
                .get(0);
    }

    private MockHttpServletRequestBuilder assign(long activity, long person, String deadline, long version) {
        return post("/gemeenten/wassenaar/activiteiten/" + activity + "/toewijzen")
                .with(as(jdbc, "manager.wassenaar"))
                .with(csrf())
                .param("verantwoordelijke", String.valueOf(person))
                .param("uiterlijk", deadline)
                .param("version", String.valueOf(version));
    }

    private String page(String path, String user) throws Exception {
        return mvc.perform(get(path).with(as(jdbc, user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private long userId(String username) {
        return jdbc.sql("select id from app_user where username = ?")
                .param(username)
                .query(Long.class)
                .single();
    }

    private long version(long activity) {
        return jdbc.sql("select version from activity where id = ?")
                .param(activity)
                .query(Long.class)
                .single();
    }

    private Long responsible(long activity) {
        entities.flush();
        return jdbc.sql("select responsible_user_id from activity where id = ?")
                .param(activity)
                .query(Long.class)
                .optional()
                .orElse(null);
    }
}
