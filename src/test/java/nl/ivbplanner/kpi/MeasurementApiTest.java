package nl.ivbplanner.kpi;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import nl.ivbplanner.support.ApiKeys;
import nl.ivbplanner.support.Given;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/**
 * Measurements written with a personal API key, for Rijswijk's plan 2026 (rolled back after each test): the same
 * rules, messages and access as the measurements page, answered as problems.
 */
@IvbIntegrationTest
@Transactional
class MeasurementApiTest {

    private static final String FRAMEWORK = "strategisch-veiligheidsbeleid-2026-2030";
    private static final String PLAN = "/gemeenten/rijswijk/kaders/" + FRAMEWORK + "/plannen/2026";
    private static final String API = "/api/v1" + PLAN;
    private static final String VALID = """
            {"periode": "2026", "waarde": 9, "bron": "CBS"}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @PersistenceContext
    EntityManager entityManager;

    long numeric;
    String advisor;

    @BeforeEach
    void anAdoptedPlanAndAnAdvisorsKey() {
        Given.in(jdbc).plan(FRAMEWORK, 2026).adopted(LocalDate.of(2026, 2, 10));
        numeric = kpi("NUMERIC");
        advisor = ApiKeys.make(jdbc, "adviseur.rijswijk");
    }

    @Test
    void aYearOfMonthlyMeasurementsPushedWithAKeyShowsOnTheDashboardAndTheMeasurementsPage() throws Exception {
        KpiUnit unit = KpiUnit.valueOf(jdbc.sql("select unit_kind from kpi where id = ?")
                .param(numeric)
                .query(String.class)
                .single());
        for (Month month : Month.values()) {
            YearMonth period = YearMonth.of(2026, month);
            LocalDate peildatum = min(period.atEndOfMonth(), LocalDate.now());
            mvc.perform(measure(advisor, numeric, """
                            {"periode": "%s 2026", "waarde": %s, "peildatum": "%s", "bron": "POLITIE"}""".formatted(name(month), value(month), peildatum)))
                    .andExpect(status().isCreated())
                    .andExpect(header().string("Location", containsString(API + "/kpis/" + numeric + "/metingen/")))
                    .andExpect(jsonPath("$.kpi").value(numeric))
                    .andExpect(jsonPath("$.periode").value(name(month) + " 2026"))
                    .andExpect(jsonPath("$.jaar").value(2026))
                    .andExpect(jsonPath("$.waarde").value(value(month).doubleValue()))
                    .andExpect(jsonPath("$.peildatum").value(peildatum.toString()))
                    .andExpect(jsonPath("$.bron").value("Politie"));
        }
        entityManager.flush();

        Document dashboard = Jsoup.parse(mvc.perform(get("/gemeenten/rijswijk/kaders/" + FRAMEWORK + "/dashboard")
                        .param("jaar", "2026")
                        .with(as(jdbc, "manager.rijswijk")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        Document page = Jsoup.parse(
                mvc.perform(get(PLAN + "/kpis/{id}/metingen", numeric).with(as(jdbc, "adviseur.rijswijk")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        String kpiName = jdbc.sql("select name from kpi where id = ?")
                .param(numeric)
                .query(String.class)
                .single();
        String card = dashboard.select("figure.app-kpi-card").stream()
                .filter(figure -> figure.text().contains(kpiName))
                .findFirst()
                .orElseThrow()
                .text();
        for (Month month : Month.values()) {
            String shown = unit.format(value(month));
            assertThat(shown).contains(",");
            assertThat(card).contains(name(month) + " 2026", shown);
            assertThat(page.text()).contains(name(month) + " 2026", shown);
        }
        assertThat(unit.format(value(Month.JANUARY))).startsWith("1.010,5");
    }

    @Test
    void aMilestoneIsReachedOrNot() throws Exception {
        long milestone = kpi("MILESTONE");
        mvc.perform(measure(advisor, milestone, """
                        {"periode": "2026", "behaald": true, "bron": "EIGEN_REGISTRATIE", "toelichting": "Gereed"}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.behaald").value(true))
                .andExpect(content().string(containsString("\"waarde\":null")))
                .andExpect(jsonPath("$.bron").value("Eigen registratie"))
                .andExpect(jsonPath("$.toelichting").value("Gereed"));
        mvc.perform(measure(advisor, milestone, """
                        {"periode": "2025", "bron": "CBS"}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.fouten[0].veld").value("behaald"))
                .andExpect(jsonPath("$.fouten[0].melding").value("Kies of de mijlpaal is behaald."));
    }

    @Test
    void aMeasurementIsReadAtItsLocationAndRemovedOnce() throws Exception {
        String location = mvc.perform(measure(advisor, numeric, """
                        {"periode": "2026", "waarde": 7, "bron": "CBS"}"""))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getHeader("Location");
        mvc.perform(get(location).header("Authorization", "Bearer " + advisor))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.periode").value("2026"))
                .andExpect(jsonPath("$.waarde").value(7));
        mvc.perform(delete(location).header("Authorization", "Bearer " + advisor))
                .andExpect(status().isNoContent());
        entityManager.flush();
        assertThat(count(numeric)).isZero();
        mvc.perform(delete(location).header("Authorization", "Bearer " + advisor))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get(location).header("Authorization", "Bearer " + advisor)).andExpect(status().isNotFound());
    }

    @Test
    void aSecondValueForThePeriodIsRefusedOnThePeriod() throws Exception {
        String body = """
                {"periode": "Eerste helft 2026", "waarde": 12.5, "bron": "CBS"}""";
        mvc.perform(measure(advisor, numeric, body)).andExpect(status().isCreated());
        mvc.perform(measure(advisor, numeric, body))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.fouten.length()").value(1))
                .andExpect(jsonPath("$.fouten[0].veld").value("periode"))
                .andExpect(jsonPath("$.fouten[0].melding").value(containsString("al een meting voor deze periode")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "waarde|'\"periode\": \"2026\", \"bron\": \"CBS\"'|Vul de gemeten waarde in.",
                "waarde|'\"periode\": \"2026\", \"waarde\": 1.255, \"bron\": \"CBS\"'|Gebruik hoogstens 2 cijfers",
                "waarde|'\"periode\": \"2026\", \"waarde\": 1e999999999, \"bron\": \"CBS\"'|Vul een getal in",
                "waarde|'\"periode\": \"2026\", \"waarde\": 1e20, \"bron\": \"CBS\"'|Dit getal is te groot.",
                "bron|'\"periode\": \"2026\", \"waarde\": 1, \"bron\": \"KRANT\"'|Kies de bron van de meting.",
                "bron|'\"periode\": \"2026\", \"waarde\": 1'|Kies de bron van de meting.",
                "bronToelichting|'\"periode\": \"2026\", \"waarde\": 1, \"bron\": \"ANDERS\"'|Vul bij ‘Anders’ in",
                "peildatum|'\"periode\": \"2026\", \"waarde\": 1, \"bron\": \"CBS\", \"peildatum\": \"2999-01-01\"'"
                        + "|De peildatum kan niet in de toekomst liggen.",
                "jaar|'\"periode\": \"Q1\", \"jaar\": 2099, \"waarde\": 1, \"bron\": \"CBS\"'|Dit jaar is nog niet begonnen.",
                "jaar|'\"periode\": \"Q1\", \"jaar\": 26, \"waarde\": 1, \"bron\": \"CBS\"'|Vul een jaar in met vier cijfers",
                "jaar|'\"periode\": \"Q1\", \"waarde\": 1, \"bron\": \"CBS\"'|Vul het jaar in waar de meting bij hoort",
                "periode|'\"waarde\": 1, \"bron\": \"CBS\"'|Vul de periode van de meting in."
            })
    void invalidInputIsRefusedPerFieldInDutchAndNothingIsStored(String field, String members, String message)
            throws Exception {
        mvc.perform(measure(advisor, numeric, "{" + members + "}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Ongeldige invoer"))
                .andExpect(jsonPath("$.fouten[?(@.veld == '" + field + "')].melding")
                        .value(org.hamcrest.Matchers.hasItem(containsString(message))));
        entityManager.flush();
        assertThat(count(numeric)).isZero();
    }

    @Test
    void whatIsNoJsonIsRefusedBeforeAnyRule() throws Exception {
        mvc.perform(measure(advisor, numeric, "{\"periode\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Onleesbaar verzoek"));
        mvc.perform(measure(advisor, numeric, "{\"periode\": \"2026\", \"waarde\": \"twaalf\", \"bron\": \"CBS\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post(API + "/kpis/{kpi}/metingen", numeric)
                        .header("Authorization", "Bearer " + advisor)
                        .contentType(MediaType.TEXT_PLAIN)
                        .content("periode=2026"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post(
                                "/api/v1/gemeenten/rijswijk/kaders/" + FRAMEWORK + "/plannen/twee/kpis/{kpi}/metingen",
                                numeric)
                        .header("Authorization", "Bearer " + advisor)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(VALID))
                .andExpect(status().isBadRequest());
        entityManager.flush();
        assertThat(count(numeric)).isZero();
    }

    @Test
    void withoutTheRightKeyNothingIsWritten() throws Exception {
        mvc.perform(post(API + "/kpis/{kpi}/metingen", numeric)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(VALID))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andExpect(jsonPath("$.title").value("API-sleutel nodig"));
        mvc.perform(post(API + "/kpis/{kpi}/metingen", numeric)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isUnauthorized());

        mvc.perform(measure(ApiKeys.make(jdbc, "raadslid.rijswijk"), numeric, VALID))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("Geen toegang"));
        mvc.perform(measure(ApiKeys.make(jdbc, "adviseur.wassenaar"), numeric, VALID))
                .andExpect(status().isForbidden());
        long wassenaarsKpi = jdbc.sql("""
                select min(k.id) from kpi k join execution_plan p on p.id = k.plan_id
                join policy_framework f on f.id = p.framework_id join municipality m on m.id = f.municipality_id
                where m.slug = 'wassenaar'""").query(Long.class).single();
        long seeded = count(wassenaarsKpi);
        mvc.perform(measure(advisor, wassenaarsKpi, VALID))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Niet gevonden"));

        jdbc.sql(
                        "update api_key set revoked_at = now() where token_hash = encode(sha256(convert_to(?, 'UTF8')), 'hex')")
                .param(advisor)
                .update();
        mvc.perform(measure(advisor, numeric, VALID))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer error=\"invalid_token\""))
                .andExpect(jsonPath("$.title").value("API-sleutel ongeldig"));
        entityManager.flush();
        assertThat(count(numeric)).isZero();
        assertThat(count(wassenaarsKpi)).isEqualTo(seeded);
    }

    @Test
    void anEvaluatedPlanTakesNoMoreMeasurements() throws Exception {
        Given.in(jdbc).plan(FRAMEWORK, 2026).evaluated(LocalDate.of(2026, 2, 10), LocalDate.of(2026, 11, 20));
        mvc.perform(measure(advisor, numeric, VALID))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Nu niet mogelijk"))
                .andExpect(jsonPath("$.detail").isNotEmpty());
    }

    @Test
    void aKeyThatWroteItsMinuteFullWaitsForTheNext() throws Exception {
        mvc.perform(measure(advisor, numeric, VALID)).andExpect(status().isCreated());
        jdbc.sql("update api_key set writes_in_window = 60, write_window = now() - interval '20 seconds'")
                .update();
        mvc.perform(measure(advisor, numeric, """
                        {"periode": "2025", "waarde": 9, "bron": "CBS"}"""))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", org.hamcrest.Matchers.matchesPattern("\\d+")))
                .andExpect(jsonPath("$.detail").value(containsString("60 wijzigingen per minuut")));
        entityManager.flush();
        assertThat(count(numeric)).isEqualTo(1);
    }

    private MockHttpServletRequestBuilder measure(String key, long kpi, String body) {
        return post(API + "/kpis/{kpi}/metingen", kpi)
                .header("Authorization", "Bearer " + key)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    /** 1.010,5 in January, 1.020,5 in February, ...: thousands and decimals, as the pages print them. */
    private static BigDecimal value(Month month) {
        return new BigDecimal(1000 + 10 * month.getValue() + ".5");
    }

    private static String name(Month month) {
        return month.getDisplayName(TextStyle.FULL, Locale.forLanguageTag("nl"));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private long count(long kpi) {
        return jdbc.sql("select count(*) from measurement where kpi_id = ?")
                .param(kpi)
                .query(Long.class)
                .single();
    }

    private long kpi(String kind) {
        return jdbc.sql("""
                select min(k.id) from kpi k join execution_plan p on p.id = k.plan_id join policy_framework f on f.id = p.framework_id
                where f.slug = ? and p.year = 2026 and k.kind = ?
                  and not exists (select 1 from measurement m where m.kpi_id = k.id)""").param(FRAMEWORK).param(kind).query(Long.class).single();
    }
}
