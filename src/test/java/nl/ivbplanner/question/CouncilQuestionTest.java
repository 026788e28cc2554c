package nl.ivbplanner.question;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The council's questions on Wassenaar's evaluated plan 2025: a council member asks, every council member of the
 * municipality reads the question and, once an advisor answered, the answer; the public and other municipalities
 * never see them. Committed for real (the history is written on commit); the test removes what it made.
 */
@IvbIntegrationTest
class CouncilQuestionTest {

    static final String PLAN = "/gemeenten/wassenaar/kaders/ivb-2024-2027/plannen/2025";
    static final String ASK = PLAN + "/vragen/nieuw";
    static final String LIST = "/gemeenten/wassenaar/raadsvragen";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    /** A second council member of Wassenaar, who reads the first one's question. */
    @BeforeEach
    void aSecondCouncilMember() {
        jdbc.sql("""
                insert into app_user (username, display_name, password_hash, role, municipality_id)
                select 'raadslid2.wassenaar', 'P. de Raad', '{noop}x', 'COUNCIL', id from municipality
                where slug = 'wassenaar'""").update();
    }

    @AfterEach
    void removeTheQuestionsAndTheMember() {
        jdbc.sql("delete from council_question_aud").update();
        jdbc.sql("delete from council_question").update();
        jdbc.sql("delete from app_user where username = 'raadslid2.wassenaar'").update();
    }

    @Test
    void aCouncilMemberAsksAnAdvisorAnswersAndTheCouncilReadsBoth() throws Exception {
        mvc.perform(ask("raadslid.wassenaar", "VERANTWOORDING", "Waarom is de aanpak van fatbikes niet uitgevoerd?"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(PLAN + "#vragen"));

        String open = page(PLAN, "raadslid2.wassenaar");
        assertThat(Jsoup.parse(open).select("#vragen").text()).contains("Vragen van de raad (1)");
        assertThat(Jsoup.parse(open).select("section[aria-labelledby=vragen]").text())
                .contains(
                        "Vraag van Raadslid Wassenaar",
                        "over de verantwoording",
                        "Waarom is de aanpak van fatbikes niet uitgevoerd?",
                        "Nog niet beantwoord")
                .doesNotContain("Beantwoorden");

        long id = questionId();
        String list = page(LIST, "adviseur.wassenaar");
        assertThat(Jsoup.parse(list)
                        .select("a[href=/gemeenten/wassenaar/raadsvragen/" + id + "/antwoord]")
                        .text())
                .isEqualTo("Beantwoorden");
        mvc.perform(answer(
                        "adviseur.wassenaar",
                        id,
                        "De trekker is in mei uitgevallen; de aanpak loopt door in 2026.",
                        version(id)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(LIST + "#vraag-" + id));

        String answered = Jsoup.parse(page(PLAN, "raadslid2.wassenaar"))
                .select("section[aria-labelledby=vragen]")
                .text();
        assertThat(answered)
                .contains("Antwoord van Beleidsadviseur Wassenaar", "De trekker is in mei uitgevallen")
                .doesNotContain("Nog niet beantwoord");
        assertThat(jdbc.sql("""
                        select q.document || ' ' || q.asked_by_name || ' ' || q.answered_by_name || ' ' || p.year
                        from council_question q join execution_plan p on p.id = q.plan_id""").query(String.class).single())
                .isEqualTo("VERANTWOORDING Raadslid Wassenaar Beleidsadviseur Wassenaar 2025");
        assertThat(jdbc.sql("""
                        select r.username from council_question_aud a join revinfo r on r.rev = a.rev
                        where a.id = ? order by a.rev""").param(id).query(String.class).list())
                .containsExactly("raadslid.wassenaar", "adviseur.wassenaar");
    }

    @Test
    void thePublicAndOtherMunicipalitiesNeitherSeeNorWriteQuestions() throws Exception {
        mvc.perform(ask("raadslid.wassenaar", "REPORT", "Wat kost de inzet van boa's?"))
                .andExpect(status().is3xxRedirection());
        long id = questionId();

        String published = mvc.perform(get("/openbaar/wassenaar/kaders/ivb-2024-2027/plannen/2025"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(published).doesNotContain("Wat kost de inzet").doesNotContain("Vragen van de raad");
        mvc.perform(get(LIST)).andExpect(redirectedUrl("/login"));
        mvc.perform(get(LIST).with(as(jdbc, "raadslid.rijswijk"))).andExpect(status().isForbidden());
        mvc.perform(get(PLAN).with(as(jdbc, "raadslid.rijswijk"))).andExpect(status().isForbidden());
        mvc.perform(ask("raadslid.rijswijk", "REPORT", "Een vraag")).andExpect(status().isForbidden());
        mvc.perform(answer("raadslid.rijswijk", id, "Een antwoord", version(id)))
                .andExpect(status().isForbidden());
        mvc.perform(answer("adviseur.rijswijk", id, "Een antwoord", version(id)))
                .andExpect(status().isForbidden());
        // the council asks and the staff answer, not the other way round
        mvc.perform(answer("raadslid.wassenaar", id, "Een antwoord", version(id)))
                .andExpect(status().isForbidden());
        mvc.perform(ask("adviseur.wassenaar", "REPORT", "Een vraag")).andExpect(status().isForbidden());
        mvc.perform(get(ASK).with(as(jdbc, "manager.wassenaar"))).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) || ' ' || count(answer) from council_question")
                        .query(String.class)
                        .single())
                .isEqualTo("1 0");
    }

    @Test
    void aQuestionAboutAConceptIsNotFound() throws Exception {
        mvc.perform(get("/gemeenten/wassenaar/kaders/ivb-2024-2027/plannen/2026/vragen/nieuw")
                        .with(as(jdbc, "raadslid.wassenaar")))
                .andExpect(status().isNotFound());
    }

    @Test
    void anEmptyOrTooLongQuestionIsRefusedNextToTheFieldAndKept() throws Exception {
        String empty = mvc.perform(ask("raadslid.wassenaar", "VERANTWOORDING", "   "))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(empty).select("#vraag-fout").text()).isEqualTo("Schrijf uw vraag.");
        assertThat(Jsoup.parse(empty).select("#foutmeldingen a[href=#vraag]").text())
                .isEqualTo("Schrijf uw vraag.");
        assertThat(Jsoup.parse(empty).select("#document-VERANTWOORDING").hasAttr("checked"))
                .isTrue();

        String text = "Hoe staat het met de wijkaanpak? ".repeat(130);
        String tooLong = mvc.perform(ask("raadslid.wassenaar", "REPORT", text))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(tooLong).select("#vraag-fout").text()).isEqualTo("Gebruik hoogstens 4000 tekens.");
        assertThat(Jsoup.parse(tooLong).select("textarea#vraag").text()).isEqualTo(text.strip());

        String noDocument = mvc.perform(ask("raadslid.wassenaar", "ONBEKEND", "Een vraag"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(noDocument).select("#document-fout").text())
                .isEqualTo("Kies het document waarover uw vraag gaat.");
        assertThat(jdbc.sql("select count(*) from council_question")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aColleaguesAnswerInBetweenIsShownBesideTheInputNeverOverwritten() throws Exception {
        mvc.perform(ask("raadslid.wassenaar", "REPORT", "Komt er extra cameratoezicht?"))
                .andExpect(status().is3xxRedirection());
        long id = questionId();
        long opened = version(id);
        mvc.perform(answer("adviseur.wassenaar", id, "Ja, bij het station.", opened))
                .andExpect(status().is3xxRedirection());

        String conflict = mvc.perform(answer("manager.wassenaar", id, "Nee, dat is niet nodig.", opened))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(conflict).select("#foutmeldingen").text())
                .contains("Een collega heeft deze vraag beantwoord nadat u het formulier opende.");
        assertThat(Jsoup.parse(conflict)
                        .select("section[aria-labelledby=opgeslagen]")
                        .text())
                .contains("Ja, bij het station.");
        assertThat(Jsoup.parse(conflict).select("textarea#antwoord").text()).isEqualTo("Nee, dat is niet nodig.");
        assertThat(jdbc.sql("select answer from council_question where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("Ja, bij het station.");

        // saved again from the form shown with the colleague's version: a correction, kept in the history
        String stored = Jsoup.parse(conflict).select("input[name=version]").val();
        mvc.perform(answer("manager.wassenaar", id, "Ja, bij het station, vanaf maart.", Long.parseLong(stored)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select answer from council_question_aud where id = ? order by rev")
                        .param(id)
                        .query(String.class)
                        .list())
                .containsExactly(null, "Ja, bij het station.", "Ja, bij het station, vanaf maart.");
    }

    private long questionId() {
        return jdbc.sql("select max(id) from council_question")
                .query(Long.class)
                .single();
    }

    private long version(long id) {
        return jdbc.sql("select version from council_question where id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }

    private MockHttpServletRequestBuilder ask(String user, String document, String text) {
        return post(ASK)
                .with(as(jdbc, user))
                .with(csrf())
                .param("document", document)
                .param("vraag", text);
    }

    private MockHttpServletRequestBuilder answer(String user, long id, String text, long version) {
        return post(LIST + "/" + id + "/antwoord")
                .with(as(jdbc, user))
                .with(csrf())
                .param("antwoord", text)
                .param("version", String.valueOf(version));
    }

    private String page(String path, String user) throws Exception {
        return mvc.perform(get(path).with(as(jdbc, user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
