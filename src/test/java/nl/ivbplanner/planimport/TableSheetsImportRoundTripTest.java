package nl.ivbplanner.planimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import nl.ivbplanner.support.IvbOwnDatabaseTest;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The budget and formation sheets of Rijswijk's concept plan 2026 through the pages its advisor uses: the export
 * imported back unchanged says so; a changed amount, new lines (in a table of the plan and in new tables, one a part
 * of a new total line) and two budget lines taken out of the sheet are previewed, then written at once (only the ticked line removed) with the lines' history naming the advisor; an
 * amount that is none is shown at its place. On a database of its own: these imports are committed.
 */
@IvbOwnDatabaseTest
class TableSheetsImportRoundTripTest {

    private static final String PLAN =
            "/gemeenten/rijswijk/kaders/strategisch-veiligheidsbeleid-2026-2030/plannen/2026";
    private static final String ADVISOR = "adviseur.rijswijk";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theExportImportedBackUnchangedChangesNothingInEitherSheet() throws Exception {
        String preview = pages().preview(pages().export(), "plan.xlsx");

        assertThat(preview)
                .contains("Niets gewijzigd: het bestand komt overeen met het plan.")
                .doesNotContain("Blad Begroting")
                .doesNotContain("Blad Formatie")
                .doesNotContain("Import uitvoeren");
    }

    @Test
    void changedAndNewLinesInOldAndNewTablesAndATickedBudgetLineArePreviewedThenWrittenWithTheirHistory()
            throws Exception {
        long zorg = budgetLine("Zorg en Veiligheid");
        long rampen = budgetLine("Rampenbestrijding");
        long regio = budgetLine("Veiligheidsregio Haaglanden");
        byte[] edited;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(pages().export()))) {
            XSSFSheet budget = workbook.getSheet("Begroting");
            row(budget, zorg).getCell(3).setCellValue(52500);
            budget.removeRow(row(budget, rampen));
            budget.removeRow(row(budget, regio));
            Row incidental = budget.createRow(budget.getLastRowNum() + 1);
            incidental.createCell(1).setCellValue("Incidenteel 2026");
            incidental.createCell(2).setCellValue("Wijkschouwen");
            incidental.createCell(3).setCellValue("PM");
            XSSFSheet formation = workbook.getSheet("Formatie");
            Row added = formation.createRow(formation.getLastRowNum() + 1);
            added.createCell(1).setCellValue("Motie Meer blauw op straat");
            added.createCell(2).setCellValue("Capaciteit gemeente");
            added.createCell(3).setCellValue("Toezichthouder evenementen");
            added.createCell(4).setCellValue("gemeente");
            added.createCell(6).setCellValue("1,5");
            // a new table with a total line and a part of it
            formationRow(formation, "Evenementen 2026", "Inzet politie (totaal, waarvan)", "politie", null, 6);
            formationRow(formation, "Evenementen 2026", "Koningsdag", "politie", "ja", 2);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            edited = out.toByteArray();
        }

        String page = pages().preview(edited, "plan.xlsx");

        assertThat(page)
                .contains("Blad Begroting")
                .contains("1 nieuw, 1 gewijzigd, 7 ongewijzigd, 2 niet meer in het blad.")
                .contains("Incidenteel 2026 (nieuwe tabel): Wijkschouwen")
                .contains("€ 47.000,00")
                .contains("€ 52.500,00")
                .contains("name=\"verwijderen-begroting\" value=\"" + rampen + "\"")
                .contains("Blad Formatie")
                .contains("Motie Meer blauw op straat: Toezichthouder evenementen")
                .contains("Evenementen 2026 (nieuwe tabel): Koningsdag")
                .contains("Import uitvoeren");

        assertThat(pages().confirm(page, "verwijderen-begroting", List.of(rampen))
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo(PLAN);

        assertThat(jdbc.sql("select amount_cents from budget_line where id = ?")
                        .param(zorg)
                        .query(Long.class)
                        .single())
                .isEqualTo(5_250_000L);
        assertThat(exists("budget_line", rampen)).isFalse();
        assertThat(exists("budget_line", regio)).isTrue(); // not ticked: it stays
        Map<String, Object> line = jdbc.sql("""
                select l.id, t.title, l.group_name, l.organisation, l.fte_existing, l.fte_added, l.part_of_id,
                       l.position = (select max(position) from capacity_line where capacity_table_id = t.id) as last
                from capacity_line l join capacity_table t on t.id = l.capacity_table_id
                where l.function_name = 'Toezichthouder evenementen'""").query().singleRow();
        assertThat(line)
                .containsEntry("title", "Motie Meer blauw op straat")
                .containsEntry("group_name", "Capaciteit gemeente")
                .containsEntry("organisation", "MUNICIPALITY")
                .containsEntry("fte_added", null)
                .containsEntry("part_of_id", null)
                .containsEntry("last", true);
        assertThat((BigDecimal) line.get("fte_existing")).isEqualByComparingTo("1.5");

        assertThat(jdbc.sql("""
                        select t.title || ': ' || l.label || ' ' || l.amount_text from budget_line l
                        join budget_table t on t.id = l.budget_table_id where l.label = 'Wijkschouwen'""").query(String.class).single()).isEqualTo("Incidenteel 2026: Wijkschouwen PM");
        assertThat(jdbc.sql("""
                        select part.function_name || ' is part of ' || total.function_name || ' in ' || t.title
                        from capacity_line part join capacity_line total on total.id = part.part_of_id
                        join capacity_table t on t.id = part.capacity_table_id and t.id = total.capacity_table_id
                        where part.function_name = 'Koningsdag'""").query(String.class).single())
                .isEqualTo("Koningsdag is part of Inzet politie (totaal, waarvan) in Evenementen 2026");

        assertThat(history("budget_line", zorg)).isEqualTo("1 " + ADVISOR);
        assertThat(history("budget_line", rampen)).isEqualTo("2 " + ADVISOR);
        assertThat(history("capacity_line", (Long) line.get("id"))).isEqualTo("0 " + ADVISOR);
        assertThat(jdbc.sql("""
                        select applied_by || ' ' || added || '/' || changed || '/' || removed
                        from plan_import where applied_at is not null order by applied_at desc limit 1""").query(String.class).single()).isEqualTo(ADVISOR + " 4/1/1");
    }

    @Test
    void anAmountThatIsNoAmountIsShownAtItsSheetRowAndColumnAndNothingCanBeApplied() throws Exception {
        byte[] edited;
        int row;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(pages().export()))) {
            Row zorg = row(workbook.getSheet("Begroting"), budgetLine("Zorg en Veiligheid"));
            zorg.getCell(3).setCellValue("47.000.00");
            row = zorg.getRowNum() + 1;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            edited = out.toByteArray();
        }

        assertThat(pages().preview(edited, "plan.xlsx"))
                .contains("Begroting, rij " + row + ", kolom Bedrag:")
                .contains("&#39;47.000.00&#39; is geen bedrag.")
                .doesNotContain("Import uitvoeren");
    }

    private static void formationRow(
            XSSFSheet sheet, String table, String function, String organisation, String part, double fte) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        row.createCell(1).setCellValue(table);
        row.createCell(3).setCellValue(function);
        row.createCell(4).setCellValue(organisation);
        row.createCell(5).setCellValue(part);
        row.createCell(6).setCellValue(fte);
    }

    private ImportPages pages() {
        return new ImportPages(mvc, jdbc, PLAN, ADVISOR);
    }

    private long budgetLine(String label) {
        return jdbc.sql("""
                select l.id from budget_line l join budget_table t on t.id = l.budget_table_id
                where t.plan_id = (%s) and l.label = ?""".formatted(PlanWorkbookRoundTripTest.planIdSql(PLAN)))
                .param(label)
                .query(Long.class)
                .single();
    }

    private static Row row(XSSFSheet sheet, long id) {
        for (Row row : sheet) {
            Cell kenmerk = row.getCell(0);
            if (row.getRowNum() > 0 && kenmerk != null && (long) kenmerk.getNumericCellValue() == id) {
                return row;
            }
        }
        throw new AssertionError("no row with Kenmerk " + id);
    }

    private boolean exists(String table, long id) {
        return jdbc.sql("select count(*) from %s where id = ?".formatted(table))
                        .param(id)
                        .query(Long.class)
                        .single()
                == 1;
    }

    /** The kind of the line's last revision (0 added, 1 changed, 2 removed) and who made it. */
    private String history(String table, long id) {
        return jdbc.sql("""
                select a.revtype || ' ' || r.username from %s_aud a join revinfo r on r.rev = a.rev
                where a.id = ? order by a.rev desc limit 1""".formatted(table)).param(id).query(String.class).single();
    }
}
