package nl.ivbplanner.question;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.ivbplanner.security.SignedInUser;
import nl.ivbplanner.support.IvbIntegrationTest;
import nl.ivbplanner.support.Logins;
import nl.ivbplanner.support.SqlStatementCounter;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The municipality's list of council questions: open ones first (longest waiting on top), then the answered; as many
 * statements for twenty questions as for two. And the open questions that "Mijn werk" lists. Committed, as each request
 * of the app runs in a transaction of its own (a test transaction would let later requests find entities read by
 * earlier ones); the test removes its questions.
 */
@IvbIntegrationTest
class QuestionListTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SqlStatementCounter counter;

    @Autowired
    CouncilQuestions councilQuestions;

    @AfterEach
    void signOutAndRemoveTheQuestions() {
        SecurityContextHolder.clearContext();
        jdbc.sql("delete from council_question").update();
    }

    @Test
    void openQuestionsComeFirstLongestWaitingOnTop() throws Exception {
        asked("Beantwoord", "2026-01-05", "Antwoord");
        asked("Later gesteld", "2026-03-01", null);
        asked("Eerst gesteld", "2026-02-01", null);

        String page = list("manager.wassenaar");

        assertThat(Jsoup.parse(page).select("article").eachText())
                .satisfiesExactly(
                        first -> assertThat(first).contains("Eerst gesteld", "Nog niet beantwoord", "Beantwoorden"),
                        second -> assertThat(second).contains("Later gesteld", "Nog niet beantwoord"),
                        answered -> assertThat(answered)
                                .contains("Beantwoord", "Antwoord wijzigen")
                                .doesNotContain("Nog niet beantwoord"));
        assertThat(Jsoup.parse(page).select("article h2").eachText())
                .containsExactly(
                        "Vraag van Raadslid Wassenaar, 1 februari 2026",
                        "Vraag van Raadslid Wassenaar, 1 maart 2026",
                        "Vraag van Raadslid Wassenaar, 5 januari 2026");
        assertThat(page).contains("2 open vragen, 3 vragen in totaal.");
        assertThat(Jsoup.parse(list("raadslid.wassenaar")).select("a[href$=/antwoord]"))
                .isEmpty();
    }

    @Test
    void asManyStatementsForTwentyQuestionsAsForTwo() throws Exception {
        asked("Vraag 1", "2026-01-05", "Antwoord");
        asked("Vraag 2", "2026-01-06", null);
        var advisor = as(jdbc, "adviseur.wassenaar");
        int two = counter.count(() -> list(advisor));
        for (int i = 3; i <= 20; i++) {
            asked("Vraag " + i, "2026-01-" + (i + 4), i % 2 == 0 ? null : "Antwoord " + i);
        }
        int twenty = counter.count(() -> assertThat(list(advisor)).contains("Vraag 20"));

        // the municipality, its questions, and the header's municipality switcher
        assertThat(two).isEqualTo(3);
        assertThat(twenty).isEqualTo(two);
    }

    @Test
    void myWorkGetsTheOpenQuestionsOfWhoAnswersThem() throws Exception {
        asked("Beantwoord", "2026-01-05", "Antwoord");
        asked("Open", "2026-02-01", null);
        long wassenaar = jdbc.sql("select id from municipality where slug = 'wassenaar'")
                .query(Long.class)
                .single();

        signIn("adviseur.wassenaar");
        List<OpenQuestion> open = councilQuestions.openFor(wassenaar);
        assertThat(open).extracting(OpenQuestion::question).containsExactly("Open");
        assertThat(open.get(0).answerUrl())
                .isEqualTo("/gemeenten/wassenaar/raadsvragen/" + open.get(0).id() + "/antwoord");
        assertThat(open.get(0).planUrl()).isEqualTo("/gemeenten/wassenaar/kaders/ivb-2024-2027/plannen/2025");
        assertThat(counter.count(() -> councilQuestions.openFor(wassenaar))).isEqualTo(1);

        signIn("raadslid.wassenaar");
        assertThat(councilQuestions.openFor(wassenaar)).isEmpty();
        signIn("adviseur.rijswijk");
        assertThat(councilQuestions.openFor(wassenaar)).isEmpty();
    }

    /** A question of Wassenaar's council member about its evaluated plan 2025, answered by its advisor if given. */
    private void asked(String question, String on, String answer) {
        jdbc.sql("""
                insert into council_question (municipality_id, plan_id, document, question, asked_by_id, asked_by_name,
                                              asked_at, answer, answered_by_name, answered_at)
                select f.municipality_id, p.id, 'REPORT', :question, u.id, u.display_name, cast(:on as date) + time '10:00',
                       :answer, case when :answer is not null then 'Beleidsadviseur Wassenaar' end,
                       case when :answer is not null then cast(:on as date) + time '12:00' end
                from execution_plan p join policy_framework f on f.id = p.framework_id, app_user u
                where f.slug = 'ivb-2024-2027' and p.year = 2025 and u.username = 'raadslid.wassenaar'""")
                .param("question", question)
                .param("on", on)
                .param("answer", answer, java.sql.Types.VARCHAR)
                .update();
    }

    private String list(String user) throws Exception {
        return list(as(jdbc, user));
    }

    private String list(RequestPostProcessor user) throws Exception {
        return mvc.perform(get("/gemeenten/wassenaar/raadsvragen").with(user))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private void signIn(String username) {
        SignedInUser user = Logins.principal(jdbc, username);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }
}
