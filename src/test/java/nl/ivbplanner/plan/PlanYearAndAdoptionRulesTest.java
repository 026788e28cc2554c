package nl.ivbplanner.plan;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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

/**
 * A plan year outside its framework's period, and an adoption date before the previous plan's adoption or in the
 * future, are refused next to the field; carrying over beyond the framework's last year is refused (rolled back).
 */
@IvbIntegrationTest
@Transactional
class PlanYearAndAdoptionRulesTest {

    private static final String WASSENAAR = "/gemeenten/wassenaar/kaders/ivb-2024-2027";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @PersistenceContext
    EntityManager entityManager;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2023", "2028", "2031"})
    void aPlanYearOutsideTheFrameworksPeriodIsRefusedWithThePeriodNamed(String year) throws Exception {
        long before = plans();
        mvc.perform(post(WASSENAAR + "/plannen/nieuw")
                        .with(as(jdbc, "adviseur.wassenaar"))
                        .with(csrf())
                        .param("jaar", year)
                        .param("titel", "Mijn plan " + year)
                        .param("basis", "LEEG"))
                .andExpect(status().isOk())
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "Integraal Veiligheidsbeleid (IVB) 2024-2027 loopt van 2024 tot en met 2027. Kies een jaar in die periode")))
                .andExpect(content().string(containsString("id=\"jaar-fout\"")))
                .andExpect(content().string(containsString("value=\"" + year + "\"")))
                .andExpect(content().string(containsString("value=\"Mijn plan " + year + "\"")));
        entityManager.flush();
        assertThat(plans()).isEqualTo(before);
        mvc.perform(post(WASSENAAR + "/plannen/nieuw")
                        .with(as(jdbc, "adviseur.wassenaar"))
                        .with(csrf())
                        .param("jaar", "2027")
                        .param("titel", "Plan 2027")
                        .param("basis", "LEEG"))
                .andExpect(redirectedUrl(WASSENAAR + "/plannen/2027"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "27-01-2025|Het plan van 2025 is vastgesteld op 28-01-2025. Een later plan kan niet eerder zijn vastgesteld",
                "01-06-2024|Het plan van 2025 is vastgesteld op 28-01-2025.",
                "TOMORROW|De datum van het collegebesluit kan niet in de toekomst liggen."
            })
    void anAdoptionDateBeforeThePreviousPlansAdoptionOrInTheFutureIsRefused(String date, String message)
            throws Exception {
        String typed = date.equals("TOMORROW")
                ? LocalDate.now(ZoneId.of("Europe/Amsterdam"))
                        .plusDays(1)
                        .format(DateTimeFormatter.ofPattern("dd-MM-yyyy"))
                : date;
        mvc.perform(adopt(typed))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message)))
                .andExpect(content().string(containsString("id=\"besluitdatum-fout\"")))
                .andExpect(content().string(containsString("value=\"" + typed + "\"")));
        entityManager.flush();
        assertThat(state(2026)).isEqualTo("CONCEPT null");
    }

    @Test
    void theDayOfThePreviousAdoptionOrLaterIsAccepted() throws Exception {
        mvc.perform(adopt("28-01-2025")).andExpect(redirectedUrl(WASSENAAR + "/plannen/2026"));
        entityManager.flush();
        assertThat(state(2026)).isEqualTo("VASTGESTELD 2025-01-28");
        mvc.perform(get(WASSENAAR + "/plannen/2026").with(as(jdbc, "raadslid.wassenaar")))
                .andExpect(content().string(containsString("28 januari 2025")));
    }

    @Test
    void nothingIsCarriedOverBeyondTheFrameworksLastYear() throws Exception {
        // Wassenaar's plan of 2027, the framework's last year, evaluated with every activity yellow
        jdbc.sql("""
                update execution_plan set year = 2027, state = 'GEEVALUEERD', adopted_on = date '2027-01-20',
                       evaluated_on = date '2027-12-15'
                where year = 2026 and framework_id = (select id from policy_framework where slug = 'ivb-2024-2027')""").update();
        List<Long> activities = jdbc.sql("""
                select a.id from activity a join execution_plan p on p.id = a.plan_id
                join policy_framework f on f.id = p.framework_id where f.slug = 'ivb-2024-2027' and p.year = 2027
                order by a.id""").query(Long.class).list();
        jdbc.sql("""
                insert into evaluation (activity_id, moment, status, result_text)
                select id, 'YEAR_END', 'YELLOW', 'Loopt door' from activity where id in (:ids)""").param("ids", activities).update();

        mvc.perform(get(WASSENAAR + "/plannen/2027/overnemen").with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(status().isOk())
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "Integraal Veiligheidsbeleid (IVB) 2024-2027 loopt tot en met 2027; onder dit kader komt geen plan voor het jaar daarna.")))
                .andExpect(content().string(not(containsString("Overnemen in 2028"))))
                .andExpect(content().string(not(containsString("Er is nog geen plan voor 2028"))));
        mvc.perform(post(WASSENAAR + "/plannen/2027/overnemen")
                        .with(as(jdbc, "adviseur.wassenaar"))
                        .with(csrf())
                        .param(
                                "activiteit",
                                activities.stream().map(String::valueOf).toArray(String[]::new)))
                .andExpect(status().isConflict())
                .andExpect(content()
                        .string(containsString("Het kader van dit plan loopt niet door in het volgende jaar")));
        entityManager.flush();
        assertThat(jdbc.sql("select count(*) from execution_plan where year = 2028")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private MockHttpServletRequestBuilder adopt(String date) {
        return post(WASSENAAR + "/plannen/2026/vaststellen")
                .with(as(jdbc, "manager.wassenaar"))
                .with(csrf())
                .param("besluitdatum", date);
    }

    private long plans() {
        return jdbc.sql("select count(*) from execution_plan").query(Long.class).single();
    }

    private String state(int year) {
        return jdbc.sql("""
                select p.state || ' ' || coalesce(p.adopted_on::text, 'null') from execution_plan p
                join policy_framework f on f.id = p.framework_id where f.slug = 'ivb-2024-2027' and p.year = ?""").param(year).query(String.class).single();
    }
}
