package nl.ivbplanner.export;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

@IvbIntegrationTest
class PlanWorkbookExportTest {

    static final String WASSENAAR_2025 = "/gemeenten/wassenaar/kaders/ivb-2024-2027/plannen/2025";
    static final String RIJSWIJK_2026 =
            "/gemeenten/rijswijk/kaders/strategisch-veiligheidsbeleid-2026-2030/plannen/2026";

    private static final List<String> PLANNED_COLUMNS = List.of(
            "Kenmerk",
            "Thema",
            "Subthema",
            "Wat willen we bereiken?",
            "Activiteit",
            "Omschrijving",
            "Doel",
            "Partijen",
            "Beoogd resultaat",
            "Planning");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anEvaluatedPlanListsEveryActivityWithItsVerdictInTheMunicipalitysLegend() throws Exception {
        try (XSSFWorkbook workbook = workbook(get(WASSENAAR_2025 + "/export.xlsx"), "raadslid.wassenaar")) {
            assertThat(sheetNames(workbook))
                    .containsExactly("Activiteiten", "KPI's", "Metingen", "Begroting", "Formatie", "Formatie totalen");
            XSSFSheet activities = workbook.getSheet("Activiteiten");
            List<String> expectedHeader = new ArrayList<>(PLANNED_COLUMNS);
            expectedHeader.addAll(List.of("Status", "Resultaat"));
            assertThat(texts(activities.getRow(0))).isEqualTo(expectedHeader);
            assertThat(activities.getLastRowNum()).isEqualTo(21).isEqualTo(activityCount(WASSENAAR_2025));

            Map<String, Long> labels = column(activities, 10).stream()
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            assertThat(labels)
                    .isEqualTo(
                            Map.of("Gereed", 14L, "Op schema 2026/2027", 6L, "Niet uitgevoerd/vindt geen doorgang", 1L))
                    .isEqualTo(verdictsInSql());
            assertThat(column(activities, 1)).allMatch(theme -> !theme.isBlank());
        }
    }

    @Test
    void aConceptHasNoVerdictColumnsAndItsKpisBudgetAndFormationAsTypedCells() throws Exception {
        try (XSSFWorkbook workbook = workbook(get(RIJSWIJK_2026 + "/export.xlsx"), "adviseur.rijswijk")) {
            XSSFSheet activities = workbook.getSheet("Activiteiten");
            assertThat(texts(activities.getRow(0))).isEqualTo(PLANNED_COLUMNS);
            assertThat(activities.getLastRowNum()).isEqualTo(84).isEqualTo(activityCount(RIJSWIJK_2026));
            assertThat(column(activities, 7).stream()
                            .filter(partners -> partners.contains(" (trekker"))
                            .count())
                    .isPositive()
                    .isEqualTo(activitiesWithALead(RIJSWIJK_2026));

            XSSFSheet kpis = workbook.getSheet("KPI's");
            assertThat(texts(kpis.getRow(0)))
                    .containsExactly(
                            "Kenmerk",
                            "KPI",
                            "Thema",
                            "Eenheid",
                            "Wat wordt geteld",
                            "Uitgangswaarde",
                            "Jaar uitgangswaarde",
                            "Vergelijking",
                            "Streefwaarde",
                            "Streefjaar",
                            "Metingen",
                            "Stand");
            assertThat(kpis.getLastRowNum()).isPositive().isEqualTo(count("kpi", RIJSWIJK_2026));
            assertThat(column(kpis, 0)).isEmpty(); // each Kenmerk is a number cell, none text
            assertThat(kpiIds(kpis))
                    .containsExactlyInAnyOrderElementsOf(
                            jdbc.sql("select id from kpi where plan_id = (%s)".formatted(planIdSql(RIJSWIJK_2026)))
                                    .query(Long.class)
                                    .list());
            assertThat(note(kpis, 0)).startsWith("Niet wijzigen: hiermee herkent de import de KPI.");
            assertThat(note(kpis, 10)).isEqualTo(note(kpis, 11)).contains("de import leest deze kolom niet");

            XSSFSheet budget = workbook.getSheet("Begroting");
            assertThat(texts(budget.getRow(0))).containsExactly("Kenmerk", "Tabel", "Post", "Bedrag", "Toelichting");
            assertThat(budget.getLastRowNum()).isEqualTo(10).isEqualTo(budgetLineCount());
            assertThat(column(budget, 1).stream().distinct()).hasSize(2);
            Map.Entry<String, Long> line = firstBudgetAmount();
            Cell amount = rowWithText(budget, 2, line.getKey()).getCell(3);
            assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(amount.getNumericCellValue()).isEqualTo(line.getValue() / 100.0);
            assertThat(amount.getCellStyle().getDataFormatString()).isEqualTo("€ #,##0.00");

            XSSFSheet formation = workbook.getSheet("Formatie");
            assertThat(texts(formation.getRow(0)))
                    .containsExactly(
                            "Kenmerk",
                            "Tabel",
                            "Groep",
                            "Functie",
                            "Organisatie",
                            "Deel van totaalregel",
                            "Fte bestaand",
                            "Fte extra");
            assertThat(formation.getLastRowNum()).isEqualTo(29);
            assertThat(column(formation, 1).stream().distinct()).hasSize(2);
            assertThat(column(formation, 6)).isEmpty(); // no fte is read as text
            assertThat(formation.getRow(1).getCell(6).getCellStyle().getDataFormatString())
                    .isEqualTo("#,##0.00");

            for (XSSFSheet sheet : List.of(activities, kpis, budget, formation)) {
                assertThat(sheet.getPaneInformation().isFreezePane())
                        .as(sheet.getSheetName())
                        .isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow())
                        .isEqualTo((short) 1);
                assertThat(sheet.getCTWorksheet().getAutoFilter().getRef())
                        .as(sheet.getSheetName())
                        .startsWith("A1:")
                        .endsWith(String.valueOf(sheet.getLastRowNum() + 1));
                assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold())
                        .isTrue();
            }
        }
    }

    @Test
    void theFirstColumnHoldsEachActivitysIdAsAWholeNumberSetApartWithANote() throws Exception {
        try (XSSFWorkbook workbook = workbook(get(RIJSWIJK_2026 + "/export.xlsx"), "adviseur.rijswijk")) {
            XSSFSheet activities = workbook.getSheet("Activiteiten");
            List<Long> ids = new ArrayList<>();
            for (int r = 1; r <= activities.getLastRowNum(); r++) {
                Cell reference = activities.getRow(r).getCell(0);
                assertThat(reference.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(reference.getCellStyle().getDataFormatString()).isEqualTo("0");
                assertThat(reference.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
                ids.add((long) reference.getNumericCellValue());
            }
            assertThat(ids)
                    .doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(
                            jdbc.sql("select id from activity where plan_id = (%s)".formatted(planIdSql(RIJSWIJK_2026)))
                                    .query(Long.class)
                                    .list());
            assertThat(activities
                            .getRow(0)
                            .getCell(0)
                            .getCellComment()
                            .getString()
                            .getString())
                    .startsWith("Niet wijzigen: hiermee herkent de import de rij.");
        }
    }

    @Test
    void theBudgetAndFormationSheetsHoldEachLinesIdInTheirFirstColumnWithANote() throws Exception {
        try (XSSFWorkbook workbook = workbook(get(RIJSWIJK_2026 + "/export.xlsx"), "adviseur.rijswijk")) {
            for (String[] sheet : new String[][] {{"Begroting", "budget"}, {"Formatie", "capacity"}}) {
                XSSFSheet lines = workbook.getSheet(sheet[0]);
                List<Long> ids = new ArrayList<>();
                for (int r = 1; r <= lines.getLastRowNum(); r++) {
                    Cell reference = lines.getRow(r).getCell(0);
                    assertThat(reference.getCellType()).isEqualTo(CellType.NUMERIC);
                    assertThat(reference.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
                    ids.add((long) reference.getNumericCellValue());
                }
                assertThat(ids)
                        .as(sheet[0])
                        .containsExactlyElementsOf(jdbc.sql("""
                                        select l.id from %1$s_line l join %1$s_table t on t.id = l.%1$s_table_id
                                        where t.plan_id = (%2$s) order by t.position, t.id, l.position, l.id""".formatted(sheet[1], planIdSql(RIJSWIJK_2026)))
                                .query(Long.class)
                                .list());
                assertThat(lines.getRow(0)
                                .getCell(0)
                                .getCellComment()
                                .getString()
                                .getString())
                        .startsWith("Niet wijzigen: hiermee herkent de import de regel.");
            }
        }
    }

    @Test
    @Transactional
    void aMeasurementsPeildatumIsADateCellAndItsValueANumber() throws Exception {
        jdbc.sql("""
                insert into measurement (kpi_id, period, year, value, peildatum)
                select k.id, '2026', 2026, 12.5, date '2026-03-31' from kpi k where k.plan_id = (%s)
                order by k.position, k.id limit 1""".formatted(planIdSql(RIJSWIJK_2026))).update();
        try (XSSFWorkbook workbook = workbook(get(RIJSWIJK_2026 + "/export.xlsx"), "adviseur.rijswijk")) {
            Row first = workbook.getSheet("Metingen").getRow(1);
            assertThat((long) first.getCell(0).getNumericCellValue())
                    .isEqualTo(jdbc.sql("select max(id) from measurement")
                            .query(Long.class)
                            .single());
            assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(12.5);
            Cell peildatum = first.getCell(6);
            assertThat(DateUtil.isCellDateFormatted(peildatum)).isTrue();
            assertThat(peildatum.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 31));
            assertThat(peildatum.getCellStyle().getDataFormatString()).isEqualTo("dd-mm-yyyy");
        }
    }

    @Test
    void activitiesFollowThePlanPagesOrder() throws Exception {
        String page = mvc.perform(get(RIJSWIJK_2026).with(as(jdbc, "adviseur.rijswijk")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        try (XSSFWorkbook workbook = workbook(get(RIJSWIJK_2026 + "/export.xlsx"), "adviseur.rijswijk")) {
            int position = 0;
            for (String title : column(workbook.getSheet("Activiteiten"), 3)) {
                position = page.indexOf(HtmlUtils.htmlEscape(title, "UTF-8"), position);
                assertThat(position).as(title).isNotNegative();
            }
        }
    }

    @Test
    void sheetsAndHeadersFollowTheUsersLanguage() throws Exception {
        try (XSSFWorkbook workbook = workbook(
                get(WASSENAAR_2025 + "/export.xlsx").cookie(new Cookie("ivb-taal", "en")), "adviseur.wassenaar")) {
            assertThat(sheetNames(workbook))
                    .containsExactly("Activities", "KPIs", "Measurements", "Budget", "Staffing", "Formation totals");
            assertThat(texts(workbook.getSheet("Activities").getRow(0)).subList(0, 2))
                    .containsExactly("Reference", "Theme");
        }
    }

    private XSSFWorkbook workbook(MockHttpServletRequestBuilder request, String user) throws Exception {
        byte[] body = mvc.perform(request.with(as(jdbc, user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(body));
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }

    /** The text cells of one column below the header; empty and numeric cells are left out. */
    private static String note(XSSFSheet sheet, int column) {
        return sheet.getRow(0).getCell(column).getCellComment().getString().getString();
    }

    private static List<Long> kpiIds(XSSFSheet sheet) {
        List<Long> ids = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            ids.add((long) sheet.getRow(r).getCell(0).getNumericCellValue());
        }
        return ids;
    }

    private static List<String> column(XSSFSheet sheet, int index) {
        List<String> values = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Cell cell = sheet.getRow(r).getCell(index);
            if (cell != null && cell.getCellType() == CellType.STRING) {
                values.add(cell.getStringCellValue());
            }
        }
        return values;
    }

    /** The plan's id in SQL, from a page path such as /gemeenten/{m}/kaders/{f}/plannen/{y}. */
    static String planIdSql(String page) {
        String[] parts = page.split("/");
        return """
                select p.id from execution_plan p join policy_framework f on f.id = p.framework_id
                join municipality m on m.id = f.municipality_id
                where m.slug = '%s' and f.slug = '%s' and p.year = %s""".formatted(parts[2], parts[4], parts[6]);
    }

    private int activityCount(String page) {
        return count("activity", page);
    }

    private long activitiesWithALead(String page) {
        return jdbc.sql("""
                select count(distinct a.id) from activity a join activity_partner ap on ap.activity_id = a.id
                where ap.role = 'TREKKER' and a.plan_id = (%s)""".formatted(planIdSql(page))).query(Long.class).single();
    }

    private int count(String table, String page) {
        return jdbc.sql("select count(*) from %s where plan_id = (%s)".formatted(table, planIdSql(page)))
                .query(Integer.class)
                .single();
    }

    private int budgetLineCount() {
        return jdbc.sql("""
                select count(*) from budget_line l join budget_table t on t.id = l.budget_table_id
                where t.plan_id = (%s)""".formatted(planIdSql(RIJSWIJK_2026)))
                .query(Integer.class)
                .single();
    }

    /** The label and amount of the plan's first budget line that has a number (others print a text). */
    private Map.Entry<String, Long> firstBudgetAmount() {
        return jdbc.sql("""
                select l.label, l.amount_cents from budget_line l join budget_table t on t.id = l.budget_table_id
                where t.plan_id = (%s) and l.amount_cents is not null order by t.position, t.id, l.position, l.id
                limit 1""".formatted(planIdSql(RIJSWIJK_2026)))
                .query((rs, row) -> Map.entry(rs.getString("label"), rs.getLong("amount_cents")))
                .single();
    }

    private static Row rowWithText(XSSFSheet sheet, int column, String text) {
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            if (text.equals(sheet.getRow(r).getCell(column).getStringCellValue())) {
                return sheet.getRow(r);
            }
        }
        throw new AssertionError("No row with " + text);
    }

    private Map<String, Long> verdictsInSql() {
        return jdbc
                .sql("""
                select l.label, count(*) as n from activity a
                join evaluation e on e.activity_id = a.id and e.moment = 'YEAR_END'
                join execution_plan p on p.id = a.plan_id join policy_framework f on f.id = p.framework_id
                join status_legend l on l.municipality_id = f.municipality_id and l.status = e.status
                where a.plan_id = (%s) group by l.label""".formatted(planIdSql(WASSENAAR_2025)))
                .query((rs, row) -> Map.entry(rs.getString("label"), rs.getLong("n")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
