package nl.ivbplanner.mywork;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import nl.ivbplanner.support.Given;
import nl.ivbplanner.support.IvbIntegrationTest;
import nl.ivbplanner.support.SqlStatementCounter;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Mijn werk" lists the activities a user answers for, the first deadline on top and those without one last, not those
 * of an evaluated plan nor another user's; with a fixed number of statements however many there are.
 */
@IvbIntegrationTest
@Transactional
class MyWorkTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SqlStatementCounter counter;

    @Test
    void theUsersActivitiesByDeadlineAndNothingElse() throws Exception {
        List<Long> adopted = Given.in(jdbc)
                .plan("ondermijning-2025-2028", 2026)
                .adopted(LocalDate.of(2026, 2, 10))
                .activities();
        List<Long> concept = Given.in(jdbc).plan("ivb-2024-2027", 2026).activities();
        List<Long> evaluated = Given.in(jdbc).plan("ivb-2024-2027", 2025).activities();
        assign(adopted.get(0), "adviseur.wassenaar", "2026-09-01");
        assign(concept.get(0), "adviseur.wassenaar", "2026-03-15");
        assign(concept.get(1), "adviseur.wassenaar", null);
        assign(concept.get(2), "manager.wassenaar", "2026-01-01");
        assign(evaluated.get(0), "adviseur.wassenaar", "2025-06-01");

        String page = myWork("adviseur.wassenaar");

        assertThat(Jsoup.parse(page)
                        .select("table.app-my-work tbody tr td:nth-child(2) a")
                        .eachAttr("href"))
                .containsExactly(
                        "/gemeenten/wassenaar/activiteiten/" + concept.get(0),
                        "/gemeenten/wassenaar/activiteiten/" + adopted.get(0),
                        "/gemeenten/wassenaar/activiteiten/" + concept.get(1));
        assertThat(page).contains("15 maart 2026", "1 september 2026", "geen datum");
    }

    @Test
    void asManyStatementsForTwoActivitiesAsForTwenty() throws Exception {
        List<Long> concept = Given.in(jdbc).plan("ivb-2024-2027", 2026).activities();
        assign(concept.get(0), "adviseur.wassenaar", "2026-03-15");
        assign(concept.get(1), "adviseur.wassenaar", null);
        int two = counter.count(() -> myWork("adviseur.wassenaar"));
        List<Long> rijswijk = Given.in(jdbc)
                .plan("strategisch-veiligheidsbeleid-2026-2030", 2026)
                .activities();
        rijswijk.subList(0, 20).forEach(id -> assign(id, "adviseur.rijswijk", "2026-05-01"));
        int twenty = counter.count(() -> assertThat(myWork("adviseur.rijswijk")).contains("1 mei 2026"));

        assertThat(twenty).isEqualTo(two);
    }

    private String myWork(String user) throws Exception {
        return mvc.perform(get("/mijn-werk").with(as(jdbc, user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private void assign(long activity, String username, String deadline) {
        jdbc.sql("""
                        update activity set responsible_user_id = (select id from app_user where username = ?),
                               deadline = cast(? as date) where id = ?""").params(username, deadline, activity).update();
    }
}
