package nl.ivbplanner.export;

import static nl.ivbplanner.export.PlanWorkbookExportTest.RIJSWIJK_2026;
import static nl.ivbplanner.export.PlanWorkbookExportTest.planIdSql;
import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import nl.ivbplanner.support.IvbIntegrationTest;
import nl.ivbplanner.support.SqlStatementCounter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The blank workbook for a new plan: the export's sheets with their headers, the framework's themes as drop-downs. */
@IvbIntegrationTest
class ImportTemplateTest {

    private static final String WASSENAAR_2026 = "/gemeenten/wassenaar/kaders/ivb-2024-2027/plannen/2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SqlStatementCounter counter;

    @Test
    void hasTheExportsSheetsWithHeadersOnlyAndTheThemesAndObjectivesOfThePlan() throws Exception {
        try (XSSFWorkbook workbook = template(get(RIJSWIJK_2026 + "/importsjabloon.xlsx"), "adviseur.rijswijk")) {
            assertThat(sheetNames(workbook))
                    .containsExactly("Activiteiten", "KPI's", "Metingen", "Begroting", "Formatie", "Thema's");
            assertThat(workbook.getSheet("Begroting").getLastRowNum()).isZero();
            XSSFSheet activities = workbook.getSheet("Activiteiten");
            assertThat(texts(activities.getRow(0)))
                    .containsExactly(
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
            assertThat(activities.getLastRowNum()).isZero();
            assertThat(activities
                            .getRow(0)
                            .getCell(0)
                            .getCellComment()
                            .getString()
                            .getString())
                    .startsWith("Niet wijzigen");

            XSSFSheet themes = workbook.getSheet("Thema's");
            assertThat(texts(themes.getRow(0)))
                    .containsExactly(
                            "Thema", "", "Subthema", "Hoort bij thema", "", "Wat willen we bereiken?", "Bij thema");
            List<String> mainThemes = themes(RIJSWIJK_2026, "t.parent_id is null");
            List<String> subThemes = themes(RIJSWIJK_2026, "t.parent_id is not null");
            assertThat(mainThemes).isNotEmpty().contains("Zorg en Veiligheid");
            assertThat(subThemes).contains("A. Huiselijk geweld en femicide", "B. Personen met onbegrepen gedrag");
            assertThat(column(themes, 0)).isEqualTo(mainThemes);
            assertThat(column(themes, 2)).isEqualTo(subThemes);
            assertThat(column(themes, 3)).hasSameSizeAs(subThemes).allMatch(mainThemes::contains);
            assertThat(column(themes, 3).get(subThemes.indexOf("A. Huiselijk geweld en femicide")))
                    .isEqualTo("Zorg en Veiligheid");
            assertThat(column(themes, 5))
                    .isNotEmpty()
                    .hasSize(objectiveCount(RIJSWIJK_2026))
                    .contains("1. Lokale aanpak huiselijk geweld op basis van "
                            + "regiovisie huiselijk geweld door het sociaal domein i.s.m. veiligheid.");

            List<XSSFDataValidation> validations = activities.getDataValidations();
            assertThat(validations).hasSize(2);
            XSSFDataValidation theme = validationOf(validations, 1);
            assertThat(theme.getValidationConstraint().getValidationType())
                    .isEqualTo(DataValidationConstraint.ValidationType.LIST);
            assertThat(theme.getValidationConstraint().getFormula1())
                    .isEqualTo("'Thema''s'!$A$2:$A$" + (mainThemes.size() + 1));
            assertThat(theme.getRegions().getCellRangeAddresses())
                    .containsExactly(new CellRangeAddress(1, ImportTemplateWorkbook.ROWS_WITH_LISTS, 1, 1));
            assertThat(theme.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.WARNING);
            // OOXML's showDropDown means the opposite of its name: set, Excel hides the arrow
            assertThat(activities.getCTWorksheet().getDataValidations().getDataValidationList())
                    .hasSize(2)
                    .noneMatch(v -> v.getShowDropDown());
            assertThat(validationOf(validations, 2).getValidationConstraint().getFormula1())
                    .isEqualTo("'Thema''s'!$C$2:$C$" + (subThemes.size() + 1));
        }
    }

    @Test
    void followsTheUsersLanguageAndIsNamedAfterThePlan() throws Exception {
        try (XSSFWorkbook workbook = template(
                get(WASSENAAR_2026 + "/importsjabloon.xlsx").cookie(new Cookie("ivb-taal", "en")),
                "adviseur.wassenaar")) {
            assertThat(sheetNames(workbook))
                    .containsExactly("Activities", "KPIs", "Measurements", "Budget", "Staffing", "Themes");
            assertThat(texts(workbook.getSheet("Activities").getRow(0)).subList(0, 2))
                    .containsExactly("Reference", "Theme");
            assertThat(validationOf(workbook.getSheet("Activities").getDataValidations(), 1)
                            .getValidationConstraint()
                            .getFormula1())
                    .startsWith("'Themes'!$A$2:$A$");
        }
        mvc.perform(get(WASSENAAR_2026 + "/importsjabloon.xlsx").with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(content().contentType(PlanExportController.XLSX))
                .andExpect(header().string(
                                HttpHeaders.CONTENT_DISPOSITION,
                                containsString("filename=\"Wassenaar - Importsjabloon ")))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString("2026.xlsx\"")));
    }

    @Test
    void readsTheSameFewStatementsForAFrameworkWithFewAndWithManyThemes() throws Exception {
        var wassenaar = as(jdbc, "adviseur.wassenaar");
        var rijswijk = as(jdbc, "adviseur.rijswijk");
        int few = counter.count(
                () -> mvc.perform(get(WASSENAAR_2026 + "/importsjabloon.xlsx").with(wassenaar))
                        .andExpect(status().isOk()));
        int many = counter.count(
                () -> mvc.perform(get(RIJSWIJK_2026 + "/importsjabloon.xlsx").with(rijswijk))
                        .andExpect(status().isOk()));
        // header, themes, objectives, and the municipality switcher of overview's controller advice
        assertThat(few).isEqualTo(many).isEqualTo(4);
    }

    private XSSFWorkbook template(MockHttpServletRequestBuilder request, String user) throws Exception {
        byte[] body = mvc.perform(request.with(as(jdbc, user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(body));
    }

    private static XSSFDataValidation validationOf(List<XSSFDataValidation> validations, int column) {
        return validations.stream()
                .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == column)
                .findFirst()
                .orElseThrow();
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

    /** The filled cells of a column below the header, top to bottom. */
    private static List<String> column(XSSFSheet sheet, int index) {
        List<String> values = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Cell cell = sheet.getRow(r).getCell(index);
            if (cell != null && !cell.getStringCellValue().isEmpty()) {
                values.add(cell.getStringCellValue());
            }
        }
        return values;
    }

    /** The framework's themes in tree order, labelled as the export writes them. */
    private List<String> themes(String page, String condition) {
        return jdbc.sql("""
                select concat_ws('. ', t.code, t.name) from theme t join theme_tree tree on tree.id = t.id
                where t.framework_id = (select framework_id from execution_plan where id = (%s)) and %s
                order by tree.sort_key""".formatted(planIdSql(page), condition))
                .query(String.class)
                .list();
    }

    private int objectiveCount(String page) {
        return jdbc.sql("""
                select count(*) from objective o join theme t on t.id = o.theme_id
                join execution_plan p on p.id = (%s)
                where t.framework_id = p.framework_id and (o.plan_id = p.id or o.plan_id is null)""".formatted(planIdSql(page))).query(Integer.class).single();
    }
}
