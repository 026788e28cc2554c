package nl.ivbplanner.kpi;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import nl.ivbplanner.common.FormParams;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/**
 * KPIs and measurements of Rijswijk's concept plan 2026 that make no sense are refused next to the field, with the
 * input kept and the database unchanged (rolled back after each test).
 */
@IvbIntegrationTest
@Transactional
class KpiInputRulesTest {

    private static final String PLAN =
            "/gemeenten/rijswijk/kaders/strategisch-veiligheidsbeleid-2026-2030/plannen/2026";
    private static final String KPIS = PLAN + "/kpis";
    private static final String HALT =
            "Stichting Halt heeft 20 individuele preventietrajecten en 20 voorlichtingslessen op school uitgevoerd.";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @PersistenceContext
    EntityManager entityManager;

    @Test
    void aTargetYearBeforeTheBaselineYearIsRefusedNamingBothYears() throws Exception {
        long before = kpis();
        mvc.perform(add(valid().with("uitgangsjaar", "2025").with("streefjaar", "2024")))
                .andExpect(status().isOk())
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "Het streefjaar (2024) ligt vóór het jaar van de uitgangswaarde (2025). Vul als streefjaar 2025 of een later jaar in.")))
                .andExpect(content().string(containsString("id=\"streefjaar-fout\"")))
                .andExpect(content().string(containsString("href=\"#streefjaar\"")))
                .andExpect(content().string(containsString("value=\"2024\"")))
                .andExpect(content().string(containsString(">Aantal woninginbraken<")));
        assertThat(kpis()).isEqualTo(before);
        mvc.perform(add(valid().with("uitgangsjaar", "2026").with("streefjaar", "2026")))
                .andExpect(status().is3xxRedirection());
        assertThat(kpis()).isEqualTo(before + 1);
    }

    @ParameterizedTest(name = "{0} from {1} to {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "DECREASE|100|120|Bij ‘daling’ moet de streefwaarde lager zijn dan de uitgangswaarde, maar 120 is niet lager dan 100.",
                "DECREASE|1.250,5|1.250,5|Bij ‘daling’ moet de streefwaarde lager zijn dan de uitgangswaarde, maar 1.250,5 is niet lager dan 1.250,5.",
                "INCREASE|80|75,5|Bij ‘stijging’ moet de streefwaarde hoger zijn dan de uitgangswaarde, maar 75,5 is niet hoger dan 80."
            })
    void aTargetAgainstTheDirectionOfItsComparatorIsRefused(
            String comparator, String baseline, String target, String message) throws Exception {
        long before = kpis();
        mvc.perform(add(valid().with("vergelijking", comparator)
                        .with("uitgangswaarde", baseline)
                        .with("streefwaarde", target)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message)))
                .andExpect(content().string(containsString("id=\"streefwaarde-fout\"")))
                .andExpect(content().string(containsString("value=\"" + target + "\"")))
                .andExpect(content().string(containsString("value=\"" + baseline + "\"")));
        assertThat(kpis()).isEqualTo(before);
    }

    @Test
    void aDecreaseToBelowTheBaselineIsSavedAndShownOnThePlanPage() throws Exception {
        mvc.perform(add(valid().with("vergelijking", "DECREASE")
                        .with("uitgangswaarde", "120")
                        .with("streefwaarde", "100")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(PLAN).with(as(jdbc, "adviseur.rijswijk")))
                .andExpect(content().string(containsString("Aantal woninginbraken")));
    }

    @Test
    void aSecondKpiWithTheSameNameAndUnitIsRefusedWhateverItsCase() throws Exception {
        Map<String, Object> seeded = jdbc.sql("""
                select k.name, k.unit from kpi k join execution_plan p on p.id = k.plan_id
                join policy_framework f on f.id = p.framework_id
                where f.slug = 'strategisch-veiligheidsbeleid-2026-2030' and p.year = 2026 and k.position = 1""").query().singleRow();
        String name = (String) seeded.get("name");
        String unit = seeded.get("unit") == null ? "" : (String) seeded.get("unit");
        long before = kpis();
        for (String typed : List.of(name, "  " + name.toUpperCase() + " ")) {
            mvc.perform(add(valid().with("naam", typed).with("eenheid", unit)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Dit plan heeft al een KPI met deze naam en eenheid.")))
                    .andExpect(content().string(containsString("id=\"naam-fout\"")))
                    .andExpect(content().string(containsString("value=\"1.250,5\"")));
        }
        assertThat(kpis()).isEqualTo(before);
    }

    @Test
    void theSeededHaltKpiKeepsItsTwoUnitsAndEachStaysEditableButTheyCannotBecomeOne() throws Exception {
        List<Map<String, Object>> halt = jdbc.sql("select id, unit, version from kpi where name = ? order by position")
                .param(HALT)
                .query()
                .listOfRows();
        assertThat(halt).hasSize(2);
        long first = (Long) halt.get(0).get("id");
        FormParams unchanged = FormParams.of(
                "naam",
                HALT,
                "thema",
                "",
                "soort",
                "NUMERIC",
                "eenheid",
                (String) halt.get(0).get("unit"),
                "vergelijking",
                "EQUAL",
                "streefwaarde",
                "20",
                "streefjaar",
                "2026");
        mvc.perform(edit(first, unchanged.with("bron", "Halt"), (Long)
                        halt.get(0).get("version")))
                .andExpect(status().is3xxRedirection());
        entityManager.flush();
        mvc.perform(edit(first, unchanged.with("eenheid", (String) halt.get(1).get("unit")), version(first)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dit plan heeft al een KPI met deze naam en eenheid.")))
                .andExpect(content().string(containsString("value=\"voorlichtingslessen op school\"")));
        entityManager.flush();
        assertThat(jdbc.sql("select unit from kpi where id = ?")
                        .param(first)
                        .query(String.class)
                        .single())
                .isEqualTo(halt.get(0).get("unit"));
        // a different unit makes a different KPI, as the seeded pair shows
        mvc.perform(add(valid().with("naam", HALT).with("eenheid", "trajecten met ouders")))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void theDatabaseHoldsTheNameRuleWhenTheFormsCheckIsPassedBy() {
        Map<String, Object> seeded = jdbc.sql(
                        "select plan_id, name, unit from kpi where name = ? order by position limit 1")
                .param(HALT)
                .query()
                .singleRow();
        assertThatThrownBy(() -> jdbc.sql("""
                insert into kpi (plan_id, position, name, unit, kind) values (:plan_id, 99, upper(:name) || ' ', :unit, 'MILESTONE')""").params(seeded).update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("kpi_name_once_per_plan_idx");
    }

    @Test
    void aSecondMeasurementForTheSamePeriodIsRefusedAndTheFirstStays() throws Exception {
        long kpi = numericKpi();
        mvc.perform(measure(kpi, "2026", "", "12")).andExpect(status().is3xxRedirection());
        for (String[] again : new String[][] {{"2026", "2026"}, {" 2026 ", ""}}) {
            mvc.perform(measure(kpi, again[0], again[1], "14"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Deze KPI heeft al een meting voor deze periode.")))
                    .andExpect(content().string(containsString("id=\"periode-fout\"")))
                    .andExpect(content().string(containsString("value=\"14\"")));
        }
        mvc.perform(measure(kpi, "Eerste helft 2026", "", "6")).andExpect(status().is3xxRedirection());
        entityManager.flush();
        assertThat(jdbc.sql(
                                "select string_agg(period || '=' || year || ':' || trim_scale(value), ', ' order by id) from measurement where kpi_id = ?")
                        .param(kpi)
                        .query(String.class)
                        .single())
                .isEqualTo("2026=2026:12, Eerste helft 2026=2026:6");
        mvc.perform(get(KPIS + "/{id}/metingen", kpi).with(as(jdbc, "adviseur.rijswijk")))
                .andExpect(content().string(containsString("Eerste helft 2026")));
    }

    @ParameterizedTest(name = "''{0}'' in {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2025|2026|De periode noemt 2025, maar bij Jaar staat 2026.",
                "Eerste helft 2025|2026|De periode noemt 2025, maar bij Jaar staat 2026.",
                "Q3 2024|2025|De periode noemt 2024, maar bij Jaar staat 2025.",
                "schooljaar 2024/2025|2026|De periode noemt 2024 en 2025, maar bij Jaar staat 2026."
            })
    void aPeriodWhoseYearContradictsTheYearFieldIsRefusedNamingBoth(String period, String year, String message)
            throws Exception {
        long kpi = numericKpi();
        mvc.perform(measure(kpi, period, year, "9"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message)))
                .andExpect(content().string(containsString("id=\"periode-fout\"")))
                .andExpect(content().string(containsString("value=\"" + period + "\"")))
                .andExpect(content().string(containsString("value=\"" + year + "\"")));
        entityManager.flush();
        assertThat(jdbc.sql("select count(*) from measurement where kpi_id = ?")
                        .param(kpi)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aPeriodThatNamesOneYearGivesTheMeasurementThatYear() throws Exception {
        long kpi = numericKpi();
        mvc.perform(measure(kpi, "Q3 2025", "", "9")).andExpect(status().is3xxRedirection());
        mvc.perform(measure(kpi, "schooljaar 2025/2026", "2026", "10")).andExpect(status().is3xxRedirection());
        entityManager.flush();
        assertThat(jdbc.sql(
                                "select string_agg(period || '=' || year, ', ' order by id) from measurement where kpi_id = ?")
                        .param(kpi)
                        .query(String.class)
                        .single())
                .isEqualTo("Q3 2025=2025, schooljaar 2025/2026=2026");
    }

    private FormParams valid() {
        return FormParams.of(
                "naam",
                "Aantal woninginbraken",
                "thema",
                "",
                "soort",
                "NUMERIC",
                "eenheid",
                "meldingen",
                "bron",
                "Politie",
                "vergelijking",
                "AT_LEAST",
                "uitgangswaarde",
                "1.250,5",
                "uitgangsjaar",
                "2025",
                "streefwaarde",
                "1.300",
                "streefjaar",
                "2026");
    }

    private MockHttpServletRequestBuilder add(FormParams form) {
        return post(KPIS + "/nieuw")
                .with(as(jdbc, "adviseur.rijswijk"))
                .with(csrf())
                .params(form.params());
    }

    private MockHttpServletRequestBuilder edit(long id, FormParams form, long version) {
        return post(KPIS + "/{id}/bewerken", id)
                .with(as(jdbc, "adviseur.rijswijk"))
                .with(csrf())
                .params(form.params())
                .param("version", String.valueOf(version));
    }

    private MockHttpServletRequestBuilder measure(long kpi, String period, String year, String value) {
        return post(KPIS + "/{id}/metingen", kpi)
                .with(as(jdbc, "adviseur.rijswijk"))
                .with(csrf())
                .param("periode", period)
                .param("jaar", year)
                .param("waarde", value)
                .param("bron", "POLITIE");
    }

    private long numericKpi() {
        return jdbc.sql("""
                select min(k.id) from kpi k join execution_plan p on p.id = k.plan_id
                join policy_framework f on f.id = p.framework_id
                where f.slug = 'strategisch-veiligheidsbeleid-2026-2030' and p.year = 2026 and k.kind = 'NUMERIC'""").query(Long.class).single();
    }

    private long kpis() {
        entityManager.flush();
        return jdbc.sql("""
                select count(*) from kpi k join execution_plan p on p.id = k.plan_id
                join policy_framework f on f.id = p.framework_id
                where f.slug = 'strategisch-veiligheidsbeleid-2026-2030' and p.year = 2026""").query(Long.class).single();
    }

    private long version(long id) {
        entityManager.flush();
        return jdbc.sql("select version from kpi where id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }
}
