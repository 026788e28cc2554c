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
import org.springframework.web.util.HtmlUtils;

@IvbIntegrationTest
class ActivityPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SqlStatementCounter counter;

    @Test
    void showsTheCarryOverChainOfTheSeededWassenaarActivitiesBothWays() throws Exception {
        record Link(long from, long into) {}
        Link link = jdbc.sql("""
                select a.carried_over_from_id as "from", a.id as into from activity a
                join execution_plan p on p.id = a.plan_id where p.year = 2026 and a.carried_over_from_id is not null
                order by a.id limit 1""").query(Link.class).single();
        mvc.perform(get("/gemeenten/wassenaar/activiteiten/{id}", link.into()).with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Overgenomen uit het plan 2025")))
                .andExpect(content().string(containsString("/gemeenten/wassenaar/activiteiten/" + link.from())));
        mvc.perform(get("/gemeenten/wassenaar/activiteiten/{id}", link.from()).with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Overgenomen in het plan 2026")));
        // the plan 2026 is a concept: a council member sees neither that it was carried there nor a link to it
        mvc.perform(get("/gemeenten/wassenaar/activiteiten/{id}", link.from()).with(as(jdbc, "raadslid.wassenaar")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Overgenomen in het plan 2026"))))
                .andExpect(content()
                        .string(not(containsString("/gemeenten/wassenaar/activiteiten/" + link.into() + "\""))))
                .andExpect(content().string(containsString("Eindejaarsoordeel")))
                .andExpect(content().string(containsString("nog niet gewijzigd sinds het brondocument")));
    }

    @Test
    @Transactional
    void showsWhoChangedWhatFromOldToNewInDutch() throws Exception {
        long id = firstActivityOf2025();
        String oldGoal = jdbc.sql("select goal from activity where id = ?")
                .param(id)
                .query(String.class)
                .single();
        jdbc.sql(
                        "insert into revinfo (rev, revtstmp, username) values (nextval('revinfo_seq'), 1790000000000, 'adviseur.wassenaar')")
                .update();
        jdbc.sql("""
                insert into evaluation_aud (id, rev, revtype, activity_id, moment, status, result_text)
                select id, currval('revinfo_seq'), 1, activity_id, moment, 'YELLOW', result_text from evaluation
                where activity_id = ? and moment = 'YEAR_END'""").param(id).update();
        jdbc.sql("""
                insert into activity_aud (id, rev, revtype, plan_id, framework_id, theme_id, objective_id, kind, position,
                    title, description, goal, intended_result, owner, planning, deadline, status_note, carried_over_from_id)
                select id, currval('revinfo_seq'), 1, plan_id, framework_id, theme_id, objective_id, kind, position,
                    title, description, 'Een scherper doel', intended_result, owner, planning, deadline, status_note,
                    carried_over_from_id from activity where id = ?""").param(id).update();
        mvc.perform(get("/gemeenten/wassenaar/activiteiten/{id}", id).with(as(jdbc, "manager.wassenaar")))
                .andExpect(content().string(containsString("adviseur.wassenaar")))
                .andExpect(content().string(containsString(">Doel<")))
                .andExpect(content().string(containsString(HtmlUtils.htmlEscape(oldGoal))))
                .andExpect(content().string(containsString("Een scherper doel")))
                .andExpect(content()
                        .string(matchesPattern(
                                "(?s).*>Eindejaarsoordeel: Oordeel<.*>Gereed<.*>Op schema 2026/2027<.*")));
    }

    @Test
    void keepsActivitiesInsideTheirMunicipalityAndConceptsFromTheCouncil() throws Exception {
        long wassenaar2025 = firstActivityOf2025();
        mvc.perform(get("/gemeenten/rijswijk/activiteiten/{id}", wassenaar2025).with(as(jdbc, "adviseur.rijswijk")))
                .andExpect(status().isNotFound());
        long concept = jdbc.sql("""
                select min(a.id) from activity a join execution_plan p on p.id = a.plan_id
                join policy_framework f on f.id = p.framework_id where f.slug = 'ivb-2024-2027' and p.state = 'CONCEPT'""").query(Long.class).single();
        mvc.perform(get("/gemeenten/wassenaar/activiteiten/{id}", concept).with(as(jdbc, "raadslid.wassenaar")))
                .andExpect(status().isForbidden());
    }

    @Test
    void runsAFixedNumberOfStatements() throws Exception {
        var advisor = as(jdbc, "adviseur.wassenaar");
        long id = firstActivityOf2025();
        int statements = counter.count(() -> mvc.perform(
                        get("/gemeenten/wassenaar/activiteiten/{id}", id).with(advisor))
                .andExpect(status().isOk()));
        // activity, partners, verdicts, carry-over chain, one history query (the activity with its verdicts and
        // partner links), legend, the staff's comments, municipality switcher
        assertThat(statements).isEqualTo(8);
    }

    private long firstActivityOf2025() {
        return jdbc.sql("""
                select min(a.id) from activity a join execution_plan p on p.id = a.plan_id
                join policy_framework f on f.id = p.framework_id where f.slug = 'ivb-2024-2027' and p.year = 2025""").query(Long.class).single();
    }
}
