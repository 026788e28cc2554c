package nl.ivbplanner.plan;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Renaming and deleting a concept plan stay in the history with who did it, for the plan and every row deleted with
 * it (committed for real: the test makes its own concept plan 2027 and deletes it again).
 */
@IvbIntegrationTest
class ConceptPlanHistoryTest {

    private static final String FRAMEWORK = "/gemeenten/wassenaar/kaders/ivb-2024-2027";
    private static final String PLAN = FRAMEWORK + "/plannen/2027";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void noPlan2027IsLeftBehind() {
        jdbc.sql("""
                delete from execution_plan where year = 2027
                  and framework_id = (select id from policy_framework where slug = 'ivb-2024-2027')""").update();
    }

    @Test
    void theRenameAndTheDeletionOfThePlanAndAllItHeldAreKeptWithTheManager() throws Exception {
        var manager = as(jdbc, "manager.wassenaar");
        mvc.perform(post(FRAMEWORK + "/plannen/nieuw")
                        .with(as(jdbc, "adviseur.wassenaar"))
                        .with(csrf())
                        .param("jaar", "2027")
                        .param("titel", "Plan 2027 per ongeluk")
                        .param("basis", "VORIG_JAAR"))
                .andExpect(redirectedUrl(PLAN));
        mvc.perform(post(PLAN + "/kpis/nieuw")
                        .with(as(jdbc, "adviseur.wassenaar"))
                        .with(csrf())
                        .param("naam", "Aantal buurtpreventieteams")
                        .param("soort", "NUMERIC")
                        .param("eenheid", "teams")
                        .param("vergelijking", "AT_LEAST")
                        .param("streefwaarde", "4")
                        .param("streefjaar", "2027"))
                .andExpect(status().is3xxRedirection());
        long plan = jdbc.sql("""
                select id from execution_plan where year = 2027
                  and framework_id = (select id from policy_framework where slug = 'ivb-2024-2027')""").query(Long.class).single();
        List<Long> activities = jdbc.sql("select id from activity where plan_id = ?")
                .param(plan)
                .query(Long.class)
                .list();
        List<Long> partnerLinks = jdbc.sql("""
                select ap.id from activity_partner ap join activity a on a.id = ap.activity_id where a.plan_id = ?""").param(plan).query(Long.class).list();
        long kpi = jdbc.sql("select id from kpi where plan_id = ?")
                .param(plan)
                .query(Long.class)
                .single();
        assertThat(activities).hasSize(11);
        assertThat(partnerLinks).isNotEmpty();

        mvc.perform(post(PLAN + "/titel")
                        .with(manager)
                        .with(csrf())
                        .param("titel", "Uitvoeringsplan IVB 2027")
                        .param("version", "0"))
                .andExpect(redirectedUrl(PLAN));
        mvc.perform(post(PLAN + "/verwijderen").with(manager).with(csrf()).param("version", "1"))
                .andExpect(redirectedUrl(FRAMEWORK));

        assertThat(jdbc.sql("""
                select a.revtype || ' ' || coalesce(a.title, '-') || ' ' || r.username
                from execution_plan_aud a join revinfo r on r.rev = a.rev where a.id = ? order by a.rev""").param(plan).query(String.class).list())
                .containsExactly(
                        "0 Plan 2027 per ongeluk adviseur.wassenaar",
                        "1 Uitvoeringsplan IVB 2027 manager.wassenaar",
                        "2 - manager.wassenaar");
        assertThat(deletedBy("activity_aud", activities))
                .containsOnly("manager.wassenaar")
                .hasSize(11);
        assertThat(deletedBy("activity_partner_aud", partnerLinks))
                .containsOnly("manager.wassenaar")
                .hasSize(partnerLinks.size());
        assertThat(deletedBy("kpi_aud", List.of(kpi))).containsExactly("manager.wassenaar");
        assertThat(jdbc.sql("select count(*) from activity where id in (:ids)")
                        .param("ids", activities)
                        .query(Long.class)
                        .single())
                .isZero();
        // the concept of 2026 that the activities were copied from is untouched
        assertThat(jdbc.sql("""
                select count(*) from activity a join execution_plan p on p.id = a.plan_id
                join policy_framework f on f.id = p.framework_id where f.slug = 'ivb-2024-2027' and p.year = 2026""").query(Long.class).single()).isEqualTo(11);
    }

    private List<String> deletedBy(String auditTable, List<Long> ids) {
        return jdbc.sql("""
                select r.username from %s a join revinfo r on r.rev = a.rev where a.id in (:ids) and a.revtype = 2""".formatted(auditTable))
                .param("ids", ids)
                .query(String.class)
                .list();
    }
}
