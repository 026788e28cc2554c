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
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The KPI sheet compared with the plan: the export of a plan read back unchanged, in Dutch and English, changes
 * nothing (Rijswijk's targets with comparisons and printed texts, Wassenaar's undermining figures); a sheet made with
 * POI shows its changes, new rows and missing KPIs, and every broken rule at its row and column.
 */
@IvbIntegrationTest
class KpiSheetImportTest {

    private static final PlanAddress UNDERMINING_2026 = new PlanAddress("wassenaar", "ondermijning-2025-2028", 2026);
    private static final PlanAddress RIJSWIJK_2026 =
            new PlanAddress("rijswijk", "strategisch-veiligheidsbeleid-2026-2030", 2026);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    @Autowired
    PlanHeaderQueries headers;

    @Autowired
    KpiSheetImport kpis;

    @Test
    void anExportReadBackUnchangedChangesNothingInDutchAndEnglish() throws Exception {
        for (PlanAddress plan : List.of(UNDERMINING_2026, RIJSWIJK_2026)) {
            String user = "adviseur." + plan.municipality();
            for (boolean english : List.of(false, true)) {
                MockHttpServletRequestBuilder request = get(plan.url() + "/export.xlsx");
                if (english) {
                    request.cookie(new Cookie("ivb-taal", "en"));
                }
                SheetChanges changes = compare(export(request, user), plan);
                assertThat(changes.problems()).as(plan + " " + english).isEmpty();
                assertThat(changes.nothingChanged()).as(plan + " " + english).isTrue();
                assertThat(changes.unchanged()).isEqualTo(count(plan)).isPositive();
            }
        }
    }

    @Test
    void aSheetMadeByHandShowsItsChangesNewRowsAndMissingKpis() throws Exception {
        List<Long> ids = ids(UNDERMINING_2026);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("KPI's");
            row(
                    sheet,
                    0,
                    "Kenmerk",
                    "KPI",
                    "Thema",
                    "Eenheid",
                    "Wat wordt geteld",
                    "Uitgangswaarde",
                    "Jaar uitgangswaarde",
                    "Vergelijking",
                    "Streefwaarde",
                    "Streefjaar");
            // the first KPI as exported, with a target of at least 4 trainings in 2026
            row(
                            sheet,
                            1,
                            null,
                            name(ids.get(0)),
                            "Spoor 1. Bewustwording & weerbaarheid",
                            "aantal",
                            "trainingen",
                            null,
                            null,
                            "ten minste",
                            "4",
                            "2026")
                    .createCell(0)
                    .setCellValue(ids.get(0));
            // a new milestone, and a new KPI counted in percent
            row(sheet, 2, null, "Convenant met de vakantieparken getekend", "Spoor 3. Voorkomen");
            row(
                    sheet,
                    3,
                    null,
                    "Aandeel gecontroleerde panden",
                    null,
                    "percentage",
                    null,
                    "40",
                    "2025",
                    "stijging",
                    "60%",
                    "2027");

            SheetChanges changes = compare(workbook, UNDERMINING_2026);

            assertThat(changes.problems()).isEmpty();
            assertThat(changes.changed()).singleElement().satisfies(line -> {
                assertThat(line.id()).isEqualTo(ids.get(0));
                assertThat(line.changes())
                        .containsExactly(
                                new FieldChange("export.kpi.comparator", null, "ten minste"),
                                new FieldChange("export.kpi.target", null, "4"),
                                new FieldChange("export.kpi.target-year", null, "2026"));
            });
            assertThat(changes.added())
                    .extracting(SheetChanges.Line::label)
                    .containsExactly("Convenant met de vakantieparken getekend", "Aandeel gecontroleerde panden");
            assertThat(changes.added().get(1).place()).isEqualTo(SourcePlace.of("KPI's", 4));
            assertThat(changes.missing())
                    .extracting(ImportPreview.Missing::id)
                    .containsExactlyElementsOf(ids.subList(1, ids.size()));
        }
    }

    @Test
    void everyBrokenRuleIsAProblemAtItsRowAndColumn() throws Exception {
        List<Long> ids = ids(UNDERMINING_2026);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("KPI's");
            row(
                    sheet,
                    0,
                    "Kenmerk",
                    "KPI",
                    "Thema",
                    "Eenheid",
                    "Uitgangswaarde",
                    "Vergelijking",
                    "Streefwaarde",
                    "Streefjaar",
                    "Jaar uitgangswaarde",
                    "Wat wordt geteld");
            row(sheet, 1, "999999", "Onbekend kenmerk");
            row(sheet, 2, null, "Veel", null, "aantal", null, "ten minste", "veel");
            row(sheet, 3, null, "Mijlpaal", null, null, null, "ten minste", "3");
            row(sheet, 4, null, "Stuks", "Spoor 9", "stuks");
            row(sheet, 5, null, "Daling", null, "aantal", "10", "daling", "12", "2020", "2025");
            row(sheet, 6, null, "Zonder vergelijking", null, "aantal", null, null, "5");
            row(sheet, 7, null, null, null, "aantal");
            row(sheet, 8, String.valueOf(ids.get(3)), "Ongeveer", null, "aantal", null, "ongeveer", "1,234");
            row(sheet, 9, String.valueOf(ids.get(2)), "Twee keer");
            row(sheet, 10, String.valueOf(ids.get(2)), "Twee keer");
            // a KPI the sheet no longer has keeps its name and unit unless ticked
            row(sheet, 11, null, name(ids.get(1)), null, "aantal", null, null, null, null, null, "bijeenkomsten");
            // two KPIs exchanging their names: the unique index would refuse the first one written
            row(
                    sheet,
                    12,
                    String.valueOf(ids.get(5)),
                    name(ids.get(6)),
                    null,
                    "aantal",
                    null,
                    null,
                    null,
                    null,
                    null,
                    unitText(ids.get(6)));
            row(
                    sheet,
                    13,
                    String.valueOf(ids.get(6)),
                    name(ids.get(5)),
                    null,
                    "aantal",
                    null,
                    null,
                    null,
                    null,
                    null,
                    unitText(ids.get(5)));

            SheetChanges changes = compare(workbook, UNDERMINING_2026);

            assertThat(changes.problems())
                    .containsExactly(
                            problem(2, "Kenmerk", "import.problem.kpi.id.unknown", "999999"),
                            problem(3, "Streefwaarde", "import.problem.kpi.not-a-number", "veel"),
                            problem(4, "Vergelijking", "import.problem.kpi.milestone-comparator"),
                            problem(4, "Streefwaarde", "import.problem.kpi.milestone-value"),
                            problem(5, "Thema", "import.problem.theme.unknown", "Spoor 9"),
                            problem(
                                    5,
                                    "Eenheid",
                                    "import.problem.kpi.unit-unknown",
                                    "stuks",
                                    "aantal, percentage, rapportcijfer, maanden, per 1.000 inwoners, bedrag in euro, "
                                            + "andere eenheid"),
                            problem(6, "Streefwaarde", "kpi.form.target.not-a-decrease", "12", "10"),
                            problem(6, "Streefjaar", "kpi.form.target-year.before-baseline", "2020", "2025"),
                            problem(7, "Vergelijking", "kpi.form.comparator.required"),
                            problem(8, "KPI", "import.problem.kpi.name-missing"),
                            problem(9, "Vergelijking", "import.problem.kpi.comparator-unknown", "ongeveer"),
                            problem(9, "Streefwaarde", "number.too-many-decimals"),
                            problem(11, "Kenmerk", "import.problem.kpi.id.duplicate", String.valueOf(ids.get(2)), "10"),
                            problem(12, "KPI", "import.problem.kpi.name-taken", name(ids.get(1))),
                            problem(13, "KPI", "import.problem.kpi.name-taken", name(ids.get(6))),
                            problem(14, "KPI", "import.problem.kpi.name-taken", name(ids.get(5))));
            // a row with a problem still names its KPI, so that KPI is not listed as missing
            assertThat(changes.missing()).extracting(ImportPreview.Missing::id).doesNotContain(ids.get(3));
        }
    }

    @Test
    void aKpiAnsweringToAnObjectiveKeepsItOnlyUnderThatObjectivesTheme() throws Exception {
        long plan = headers.find(RIJSWIJK_2026).orElseThrow().planId();
        long kpi = jdbc.sql(
                        "select id from kpi where plan_id = ? and objective_id is not null order by position limit 1")
                .param(plan)
                .query(Long.class)
                .single();
        String otherTheme = jdbc.sql("""
                        select concat_ws('. ', t.code, t.name) from theme t join kpi k on k.id = ?
                        join execution_plan p on p.id = k.plan_id
                        where t.framework_id = p.framework_id and t.parent_id is null and t.id <> k.theme_id
                          and not exists (select 1 from objective o where o.id = k.objective_id and o.theme_id = t.id)
                        order by t.position limit 1""").param(kpi).query(String.class).single();
        try (XSSFWorkbook workbook = new XSSFWorkbook(
                new ByteArrayInputStream(export(get(RIJSWIJK_2026.url() + "/export.xlsx"), "adviseur.rijswijk")))) {
            XSSFSheet sheet = workbook.getSheet("KPI's");
            int row = 1;
            while ((long) sheet.getRow(row).getCell(0).getNumericCellValue() != kpi) {
                row++;
            }
            sheet.getRow(row).getCell(2).setCellValue(otherTheme);

            assertThat(compare(workbook, RIJSWIJK_2026).problems())
                    .containsExactly(problem(row + 1, "Thema", "import.problem.kpi.objective-other-theme", otherTheme));
        }
    }

    @Test
    void aPercentageTypedInExcelIsTheNumberItShows() throws Exception {
        long percentage = ids(UNDERMINING_2026).get(3);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("KPI's");
            row(sheet, 0, "Kenmerk", "KPI", "Thema", "Eenheid", "Uitgangswaarde");
            Row row = row(sheet, 1, null, name(percentage), "Spoor 1. Bewustwording & weerbaarheid", "percentage");
            row.createCell(0).setCellValue(percentage);
            // Excel keeps a typed 50% as 0.5 in a cell formatted 0%
            Cell baseline = row.createCell(4);
            baseline.setCellValue(0.5);
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0%"));
            baseline.setCellStyle(percent);

            SheetChanges changes = compare(workbook, UNDERMINING_2026);

            assertThat(changes.problems()).isEmpty();
            assertThat(changes.changed())
                    .singleElement()
                    .extracting(SheetChanges.Line::changes)
                    .isEqualTo(List.of(new FieldChange("export.kpi.baseline", null, "50%")));
        }
    }

    @Test
    void aKpiSheetWithoutItsKpiColumnIsAProblemNotLeftAloneSilently() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("KPIs");
            row(sheet, 0, "Reference", "Indicator", "Target");
            row(sheet, 1, "12", "Burglaries", "40");
            row(workbook.createSheet("Metingen"), 0, "Kenmerk", "KPI", "Periode"); // a header only: nothing to read

            assertThat(compare(workbook, UNDERMINING_2026).problems())
                    .containsExactly(
                            ImportProblem.at(SourcePlace.of("KPIs"), "import.problem.sheet.column-missing", "KPI"));
        }
    }

    private static ImportProblem problem(int row, String column, String key, Object... arguments) {
        return ImportProblem.at(SourcePlace.of("KPI's", row).column(column), key, arguments);
    }

    private SheetChanges compare(byte[] xlsx, PlanAddress plan) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            return compare(workbook, plan);
        }
    }

    private SheetChanges compare(XSSFWorkbook workbook, PlanAddress plan) {
        PlanHeader header = headers.find(plan).orElseThrow();
        Function<String, String> dutch = key -> messages.getMessage(key, null, Locale.forLanguageTag("nl"));
        return kpis.compare(workbook, header, dutch);
    }

    private byte[] export(MockHttpServletRequestBuilder request, String user) throws Exception {
        return mvc.perform(request.with(as(jdbc, user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    private List<Long> ids(PlanAddress plan) {
        return jdbc.sql("select id from kpi where plan_id = ? order by position, id")
                .param(headers.find(plan).orElseThrow().planId())
                .query(Long.class)
                .list();
    }

    private int count(PlanAddress plan) {
        return ids(plan).size();
    }

    private String unitText(long kpi) {
        return jdbc.sql("select unit from kpi where id = ?")
                .param(kpi)
                .query(String.class)
                .single();
    }

    private String name(long kpi) {
        return jdbc.sql("select name from kpi where id = ?")
                .param(kpi)
                .query(String.class)
                .single();
    }
}
