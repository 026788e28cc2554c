package nl.ivbplanner.planimport;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import nl.ivbplanner.support.IvbOwnDatabaseTest;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The blank template of an empty concept, filled in as an advisor would (a row on each sheet, the theme taken from the
 * template's own list) and imported: one activity, KPI, measurement, budget line and formation line arrive. On a
 * database of its own: the import is committed. Rijswijk's 2029: the other tests there create the years before.
 */
@IvbOwnDatabaseTest
class ImportTemplateFillTest {

    private static final String FRAMEWORK = "/gemeenten/rijswijk/kaders/strategisch-veiligheidsbeleid-2026-2030";
    private static final String PLAN = FRAMEWORK + "/plannen/2029";
    private static final String ADVISOR = "adviseur.rijswijk";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRowOnEverySheetOfTheTemplateBecomesTheConceptsFirstActivityKpiMeasurementAndLines() throws Exception {
        mvc.perform(post(FRAMEWORK + "/plannen/nieuw")
                        .with(as(jdbc, ADVISOR))
                        .with(csrf())
                        .param("jaar", "2029")
                        .param("titel", "Uitvoeringsplan 2029")
                        .param("basis", "LEEG"))
                .andExpect(status().is3xxRedirection());
        byte[] template = mvc.perform(get(PLAN + "/importsjabloon.xlsx").with(as(jdbc, ADVISOR)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        byte[] filled;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            String theme = workbook.getSheet("Thema's").getRow(1).getCell(0).getStringCellValue();
            row(
                    workbook.getSheet("Activiteiten"),
                    Map.of(
                            "Thema", theme,
                            "Activiteit", "Buurtpreventie-app in Rijswijk-Buiten uitbreiden",
                            "Partijen", "Politie (trekker)"));
            row(
                    workbook.getSheet("KPI's"),
                    Map.of(
                            "KPI", "Deelnemers buurtpreventie-app",
                            "Thema", theme,
                            "Eenheid", "aantal",
                            "Vergelijking", "ten minste",
                            "Streefwaarde", "500",
                            "Streefjaar", "2029"));
            row(
                    workbook.getSheet("Metingen"),
                    Map.of("KPI", "Deelnemers buurtpreventie-app", "Periode", "2026", "Waarde", "420"));
            row(
                    workbook.getSheet("Begroting"),
                    Map.of("Tabel", "Begroting 2029", "Post", "Buurtpreventie", "Bedrag", "€ 12.500,00"));
            row(
                    workbook.getSheet("Formatie"),
                    Map.of(
                            "Tabel", "Formatie 2029",
                            "Functie", "Coördinator buurtpreventie",
                            "Organisatie", "gemeente",
                            "Fte bestaand", "0,5"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            filled = out.toByteArray();
        }

        ImportPages pages = new ImportPages(mvc, jdbc, PLAN, ADVISOR);
        String preview = pages.preview(filled, "sjabloon.xlsx");

        assertThat(preview)
                .doesNotContain("id=\"problemen\"")
                .contains("1 nieuw, 0 gewijzigd, 0 ongewijzigd, 0 niet meer in het bestand.")
                .contains("Blad KPI&#39;s", "Blad Metingen", "Blad Begroting", "Blad Formatie")
                .contains("Begroting 2029 (nieuwe tabel): Buurtpreventie");
        assertThat(pages.confirm(preview).getResponse().getRedirectedUrl()).isEqualTo(PLAN);
        assertThat(jdbc.sql("""
                        select (select string_agg(title, ',') from activity where plan_id = p.id)
                               || ' | ' || (select string_agg(k.name || ' ' || m.value, ',')
                                            from kpi k join measurement m on m.kpi_id = k.id where k.plan_id = p.id)
                               || ' | ' || (select string_agg(l.label || ' ' || l.amount_cents, ',')
                                            from budget_line l join budget_table t on t.id = l.budget_table_id
                                            where t.plan_id = p.id)
                        from execution_plan p join policy_framework f on f.id = p.framework_id
                        where f.slug = 'strategisch-veiligheidsbeleid-2026-2030' and p.year = 2029""").query(String.class).single())
                .isEqualTo("Buurtpreventie-app in Rijswijk-Buiten uitbreiden | Deelnemers buurtpreventie-app 420.00"
                        + " | Buurtpreventie 1250000");
    }

    /** A row below the header with these texts under these headers. */
    private static void row(Sheet sheet, Map<String, String> cells) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        for (Cell header : sheet.getRow(0)) {
            String text = cells.get(header.getStringCellValue());
            if (text != null) {
                row.createCell(header.getColumnIndex()).setCellValue(text);
            }
        }
    }
}
