package nl.ivbplanner.planimport;

import static nl.ivbplanner.planimport.PlanWorkbookReaderTest.row;
import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import nl.ivbplanner.plan.PlanAddress;
import nl.ivbplanner.plan.PlanHeader;
import nl.ivbplanner.plan.PlanHeaderQueries;
import nl.ivbplanner.planimport.ImportPreview.FieldChange;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The measurement sheet compared with the plan: an export read back unchanged changes nothing (Wassenaar 2025 has a
 * milestone measured in words and a series per KPI; the undermining plan a figure per KPI), in Dutch and English; a
 * sheet made with POI shows its changed and new measurements, also of a KPI the KPI sheet adds, and every broken
 * rule at its row and column.
 */
@IvbIntegrationTest
class MeasurementSheetImportTest {

    private static final PlanAddress UNDERMINING_2026 = new PlanAddress("wassenaar", "ondermijning-2025-2028", 2026);
    private static final PlanAddress WASSENAAR_2025 = new PlanAddress("wassenaar", "ivb-2024-2027", 2025);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    @Autowired
    PlanHeaderQueries headers;

    @Autowired
    MeasurementSheetImport measurements;

    @Test
    void anExportReadBackUnchangedChangesNothingInDutchAndEnglish() throws Exception {
        for (PlanAddress plan : List.of(UNDERMINING_2026, WASSENAAR_2025)) {
            for (boolean english : List.of(false, true)) {
                MockHttpServletRequestBuilder request = get(plan.url() + "/export.xlsx");
                if (english) {
                    request.cookie(new Cookie("ivb-taal", "en"));
                }
                SheetChanges changes = compare(export(request), plan);
                assertThat(changes.problems()).as(plan + " " + english).isEmpty();
                assertThat(changes.nothingChanged()).as(plan + " " + english).isTrue();
                assertThat(changes.unchanged())
                        .isEqualTo(measurementIds(plan).size())
                        .isPositive();
            }
        }
    }

    @Test
    void changedAndNewMeasurementsAlsoOfANewKpiAreShownAndTheOthersListedAsMissing() throws Exception {
        List<Long> ids = measurementIds(UNDERMINING_2026);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet kpis = workbook.createSheet("KPI's");
            row(kpis, 0, "Kenmerk", "KPI", "Eenheid");
            row(kpis, 1, null, "Controles bij vakantieparken", "aantal");
            XSSFSheet sheet = workbook.createSheet("Metingen");
            row(sheet, 0, "Kenmerk", "KPI", "Periode", "Jaar", "Waarde", "Peildatum");
            // the first measurement with another value and a peildatum
            row(sheet, 1, null, kpiName(ids.get(0)), "2025", "2025", "3", "31-12-2025")
                    .createCell(0)
                    .setCellValue(ids.get(0));
            // a new half-year figure of that KPI, and a first one of the new KPI
            row(sheet, 2, null, kpiName(ids.get(0)), "Eerste helft 2026", null, "2");
            row(sheet, 3, null, "controles bij vakantieparken ", "2026", null, "14,5");

            SheetChanges changes = compare(workbook, UNDERMINING_2026);

            assertThat(changes.problems()).isEmpty();
            assertThat(changes.changed()).singleElement().satisfies(line -> {
                assertThat(line.id()).isEqualTo(ids.get(0));
                assertThat(line.changes())
                        .containsExactly(
                                new FieldChange("export.measurement.value", "1", "3"),
                                new FieldChange("export.kpi.peildatum", null, "31-12-2025"));
            });
            assertThat(changes.added())
                    .extracting(SheetChanges.Line::label)
                    .containsExactly(kpiName(ids.get(0)) + ": Eerste helft 2026", "Controles bij vakantieparken: 2026");
            assertThat(changes.missing())
                    .extracting(ImportPreview.Missing::id)
                    .containsExactlyInAnyOrderElementsOf(ids.subList(1, ids.size()));
        }
    }

    @Test
    void everyBrokenRuleIsAProblemAtItsRowAndColumn() throws Exception {
        List<Long> ids = measurementIds(UNDERMINING_2026);
        long firstMeasurement = ids.get(0);
        long secondMeasurement = ids.get(1);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("Metingen");
            row(sheet, 0, "Kenmerk", "KPI", "Periode", "Jaar", "Waarde", "Peildatum");
            row(sheet, 1, null, "Onbekende KPI", "2025", null, "1");
            row(sheet, 2, String.valueOf(firstMeasurement), kpiName(secondMeasurement), "2025", null, "1");
            row(sheet, 3, null, kpiName(firstMeasurement), "2030", null, "1");
            row(sheet, 4, null, kpiName(firstMeasurement), "Eerste helft 2025", "2024", "1");
            row(sheet, 5, null, kpiName(firstMeasurement), "Q1", "2026", "veel", "32-01-2026");
            row(sheet, 6, null, null, "Q2 2026", null, "4");
            row(sheet, 7, null, kpiName(firstMeasurement), null, "2026", "4");
            // the measurement of 2025 of the second KPI is not in the sheet, so it stays unless ticked
            row(sheet, 8, null, kpiName(secondMeasurement), "2025", null, "5");
            // two measurements of one KPI exchanging their periods
            long of2024 = ids.get(2);
            long of2025 = ids.get(3);
            row(sheet, 9, String.valueOf(of2024), kpiName(of2024), "2025", null, "18");
            row(sheet, 10, String.valueOf(of2025), kpiName(of2025), "2024", null, "18");

            SheetChanges changes = compare(workbook, UNDERMINING_2026);

            assertThat(changes.problems())
                    .containsExactly(
                            problem(2, "KPI", "import.problem.measurement.kpi-unknown", "Onbekende KPI"),
                            problem(
                                    3,
                                    "KPI",
                                    "import.problem.measurement.other-kpi",
                                    kpiName(secondMeasurement),
                                    kpiName(firstMeasurement)),
                            problem(4, "Jaar", "measurement.form.year.future"),
                            problem(5, "Periode", "measurement.form.period.other-year", "2025", "2024"),
                            problem(6, "Waarde", "import.problem.kpi.not-a-number", "veel"),
                            problem(6, "Peildatum", "import.problem.measurement.date", "32-01-2026"),
                            problem(7, "KPI", "import.problem.measurement.kpi-missing"),
                            problem(8, "Periode", "measurement.form.period.required"),
                            problem(
                                    9,
                                    "Periode",
                                    "import.problem.measurement.period-taken",
                                    kpiName(secondMeasurement),
                                    "2025"),
                            problem(10, "Periode", "import.problem.measurement.period-taken", kpiName(of2024), "2025"),
                            problem(11, "Periode", "import.problem.measurement.period-taken", kpiName(of2025), "2024"));
        }
    }

    private static ImportProblem problem(int row, String column, String key, Object... arguments) {
        return ImportProblem.at(SourcePlace.of("Metingen", row).column(column), key, arguments);
    }

    private SheetChanges compare(byte[] xlsx, PlanAddress plan) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            return compare(workbook, plan);
        }
    }

    private SheetChanges compare(XSSFWorkbook workbook, PlanAddress plan) {
        PlanHeader header = headers.find(plan).orElseThrow();
        Function<String, String> dutch = key -> messages.getMessage(key, null, Locale.forLanguageTag("nl"));
        return measurements.compare(workbook, header, dutch);
    }

    private byte[] export(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    /** The plan's measurements, in the order of their KPIs. */
    private List<Long> measurementIds(PlanAddress plan) {
        return jdbc.sql("""
                select m.id from measurement m join kpi k on k.id = m.kpi_id where k.plan_id = ?
                order by k.position, k.id, m.year, m.id""")
                .param(headers.find(plan).orElseThrow().planId())
                .query(Long.class)
                .list();
    }

    private String kpiName(long measurement) {
        return jdbc.sql("select k.name from kpi k join measurement m on m.kpi_id = k.id where m.id = ?")
                .param(measurement)
                .query(String.class)
                .single();
    }
}
