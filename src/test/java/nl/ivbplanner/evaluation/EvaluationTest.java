package nl.ivbplanner.evaluation;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collections;
import nl.ivbplanner.support.Given;
import nl.ivbplanner.support.IvbIntegrationTest;
import nl.ivbplanner.support.SqlStatementCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/** Year-end verdicts on Rijswijk's plan 2026, adopted for these tests (everything rolled back after each test). */
@IvbIntegrationTest
@Transactional
class EvaluationTest {

    private static final String PLAN =
            "/gemeenten/rijswijk/kaders/strategisch-veiligheidsbeleid-2026-2030/plannen/2026";
    private static final String PAGE = PLAN + "/evaluatie";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SqlStatementCounter counter;

    @PersistenceContext
    EntityManager entityManager;

    long activity;

    @BeforeEach
    void adoptRijswijksPlan() {
        Given.Plan plan = Given.in(jdbc)
                .plan("strategisch-veiligheidsbeleid-2026-2030", 2026)
                .adopted(LocalDate.of(2026, 2, 10));
        activity = Collections.min(plan.activities());
    }

    @Test
    void advisorGivesAVerdictThatIsStoredWithWhoAndWhen() throws Exception {
        mvc.perform(get(PAGE).with(as(jdbc, "adviseur.rijswijk")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("0 van 84 activiteiten beoordeeld")));
        mvc.perform(verdict("adviseur.rijswijk", "GREEN", "Uitgevoerd in het voorjaar", ""))
                .andExpect(redirectedUrl(PAGE + "?moment=eindejaar#rij-" + activity));
        entityManager.flush();
        assertThat(jdbc.sql("""
                select e.moment || ' ' || e.status || ' ' || e.result_text || ' ' || u.username || ' ' || (e.evaluated_at > now() - interval '1 minute')
                from evaluation e join app_user u on u.id = e.evaluated_by where e.activity_id = ?""").param(activity).query(String.class).single())
                .isEqualTo("YEAR_END GREEN Uitgevoerd in het voorjaar adviseur.rijswijk true");
        mvc.perform(get(PAGE).with(as(jdbc, "manager.rijswijk")))
                .andExpect(content().string(containsString("1 van 84 activiteiten beoordeeld")))
                .andExpect(content().string(containsString("beoordeeld door Beleidsadviseur Rijswijk")));
    }

    @Test
    void withHtmxOnlyTheRowComesBackAndTheProgressIsAskedToReload() throws Exception {
        mvc.perform(verdict("adviseur.rijswijk", "YELLOW", "Loopt door in 2027", "")
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Trigger", "verdict-saved"))
                .andExpect(content().string(startsWith("<tr")))
                .andExpect(content().string(containsString("id=\"rij-" + activity + "\"")))
                .andExpect(content().string(containsString("Opgeslagen")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get(PAGE + "/voortgang").with(as(jdbc, "adviseur.rijswijk")))
                .andExpect(content().string(containsString("1 van 84 activiteiten beoordeeld")));
    }

    @ParameterizedTest(name = "{0} with ''{1}''")
    @CsvSource(
            delimiter = '|',
            value = {
                "YELLOW|''|Beschrijf het resultaat: bij dit oordeel is een toelichting verplicht.",
                "RED|'   '|Beschrijf het resultaat: bij dit oordeel is een toelichting verplicht.",
                "''|Mijn tekst|Kies een oordeel.",
                "PURPLE|Mijn tekst|Kies een oordeel."
            })
    void aVerdictWithoutWhatItNeedsIsExplainedInItsRowAndNothingIsStored(String verdict, String text, String message)
            throws Exception {
        for (boolean htmx : new boolean[] {false, true}) {
            MockHttpServletRequestBuilder request = verdict("adviseur.rijswijk", verdict, text, "");
            mvc.perform(htmx ? request.header("HX-Request", "true") : request)
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(message)))
                    .andExpect(content().string(containsString("autofocus")))
                    .andExpect(content()
                            .string(containsString(text.isBlank() ? "</textarea>" : ">" + text + "</textarea>")));
        }
        entityManager.flush();
        assertThat(verdicts()).isZero();
    }

    @Test
    void aResultTextOverTheLimitIsRefused() throws Exception {
        mvc.perform(verdict("adviseur.rijswijk", "GREEN", "x".repeat(10001), ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Gebruik hoogstens 10000 tekens.")));
        entityManager.flush();
        assertThat(verdicts()).isZero();
    }

    @Test
    void aColleaguesVerdictInBetweenIsShownAndNotOverwritten() throws Exception {
        mvc.perform(verdict("manager.rijswijk", "GREEN", "Afgerond door de manager", ""))
                .andExpect(status().is3xxRedirection());
        mvc.perform(verdict("adviseur.rijswijk", "YELLOW", "Mijn toelichting", ""))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                "Een collega heeft intussen een oordeel over deze activiteit opgeslagen")))
                .andExpect(content().string(containsString("Afgerond door de manager")))
                .andExpect(content().string(containsString(">Mijn toelichting</textarea>")));
        entityManager.flush();
        assertThat(jdbc.sql("select status || ' ' || result_text from evaluation where activity_id = ?")
                        .param(activity)
                        .query(String.class)
                        .single())
                .isEqualTo("GREEN Afgerond door de manager");
        // the form now carries the colleague's version: saving again overwrites knowingly
        long version = jdbc.sql("select version from evaluation where activity_id = ?")
                .param(activity)
                .query(Long.class)
                .single();
        mvc.perform(verdict("adviseur.rijswijk", "YELLOW", "Mijn toelichting", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
        entityManager.flush();
        assertThat(jdbc.sql("select status || ' ' || result_text from evaluation where activity_id = ?")
                        .param(activity)
                        .query(String.class)
                        .single())
                .isEqualTo("YELLOW Mijn toelichting");
    }

    @Test
    void anInterimStatusNeverOverwritesTheYearEndVerdict() throws Exception {
        mvc.perform(verdict("adviseur.rijswijk", "GREEN", "Klaar", "")).andExpect(status().is3xxRedirection());
        mvc.perform(post(PAGE + "/{id}", activity)
                        .param("moment", "tussentijds")
                        .with(as(jdbc, "adviseur.rijswijk"))
                        .with(csrf())
                        .param("oordeel", "YELLOW")
                        .param("resultaat", "Halverwege")
                        .param("version", ""))
                .andExpect(redirectedUrl(PAGE + "?moment=tussentijds#rij-" + activity));
        entityManager.flush();
        assertThat(jdbc.sql(
                                "select string_agg(moment || ' ' || status, ', ' order by moment) from evaluation where activity_id = ?")
                        .param(activity)
                        .query(String.class)
                        .single())
                .isEqualTo("INTERIM YELLOW, YEAR_END GREEN");
        mvc.perform(get(PAGE).param("moment", "tussentijds").with(as(jdbc, "adviseur.rijswijk")))
                .andExpect(content().string(containsString(">Halverwege</textarea>")));
    }

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource({
        "manager.rijswijk, " + PLAN + ", 302",
        "beheerder, " + PLAN + ", 302",
        "raadslid.rijswijk, " + PLAN + ", 403",
        "adviseur.wassenaar, " + PLAN + ", 403",
        "adviseur.wassenaar, /gemeenten/wassenaar/kaders/ivb-2024-2027/plannen/2026, 409",
        "adviseur.wassenaar, /gemeenten/wassenaar/kaders/ivb-2024-2027/plannen/2025, 409",
        "adviseur.rijswijk, /gemeenten/rijswijk/kaders/strategisch-veiligheidsbeleid-2026-2030/plannen/2030, 404"
    })
    void onlyTheMunicipalitysStaffEvaluateAnAdoptedPlan(String username, String plan, int expected) throws Exception {
        mvc.perform(get(plan + "/evaluatie").with(as(jdbc, username)))
                .andExpect(status().is(expected == 302 ? 200 : expected));
        mvc.perform(post(plan + "/evaluatie/{id}", activity)
                        .with(as(jdbc, username))
                        .with(csrf())
                        .param("oordeel", "GREEN")
                        .param("version", ""))
                .andExpect(status().is(expected));
        entityManager.flush();
        assertThat(verdicts()).isEqualTo(expected == 302 ? 1 : 0);
    }

    @Test
    void anActivityOfAnotherPlanIsNotFoundUnderThisOne() throws Exception {
        long wassenaar = jdbc.sql("""
                select min(a.id) from activity a join execution_plan p on p.id = a.plan_id join policy_framework f on f.id = p.framework_id
                where f.slug = 'ivb-2024-2027' and p.year = 2025""").query(Long.class).single();
        mvc.perform(post(PAGE + "/{id}", wassenaar)
                        .with(as(jdbc, "adviseur.rijswijk"))
                        .with(csrf())
                        .param("oordeel", "GREEN")
                        .param("version", ""))
                .andExpect(status().isNotFound());
    }

    @Test
    void theEvaluationPageOfTheLargestPlanRunsAFixedNumberOfStatements() throws Exception {
        var advisor = as(jdbc, "adviseur.rijswijk");
        int statements =
                counter.count(() -> mvc.perform(get(PAGE).with(advisor)).andExpect(status().isOk()));
        // plan, legend, all 84 rows with their verdicts and partners, the header's municipality switcher
        assertThat(statements).isEqualTo(4);
    }

    private MockHttpServletRequestBuilder verdict(String username, String verdict, String text, String version) {
        return post(PAGE + "/{id}", activity)
                .with(as(jdbc, username))
                .with(csrf())
                .param("oordeel", verdict)
                .param("resultaat", text)
                .param("version", version);
    }

    private long verdicts() {
        return jdbc.sql("select count(*) from evaluation where activity_id = ?")
                .param(activity)
                .query(Long.class)
                .single();
    }
}
