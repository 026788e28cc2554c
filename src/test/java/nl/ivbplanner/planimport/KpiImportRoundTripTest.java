package nl.ivbplanner.planimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import nl.ivbplanner.support.Given;
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
 * The KPI's and Metingen sheets through the advisor's pages, on Wassenaar's concept undermining plan 2026: the export
 * imported back unchanged changes nothing; a target set and measurements added (one of a KPI the same workbook adds)
 * are previewed, then written with the KPIs' and measurements' own history naming the advisor; a KPI the workbook no
 * longer has stays unless ticked, and goes with its measurements when ticked; a value that is no number is reported at
 * its row and column. On a database of its own: these imports are committed.
 */
@IvbOwnDatabaseTest
class KpiImportRoundTripTest {

    private static final String PLAN = "/gemeenten/wassenaar/kaders/ondermijning-2025-2028/plannen/2026";
    private static final String ADVISOR = "adviseur.wassenaar";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theExportImportedBackUnchangedChangesNothing() throws Exception {
        String preview = pages().preview(export(), "kpis.xlsx");

        assertThat(preview)
                .contains("Niets gewijzigd: het bestand komt overeen met het plan.")
                .doesNotContain("Blad KPI&#39;s")
                .doesNotContain("Import uitvoeren");
    }

    @Test
    void aTargetAndNewMeasurementsArePreviewedThenWrittenWithTheirHistory() throws Exception {
        XSSFWorkbook workbook = workbook(export());
        Sheet kpis = workbook.getSheet("KPI's");
        Row first = kpis.getRow(1);
        long kpi = (long) first.getCell(column(kpis, "Kenmerk")).getNumericCellValue();
        String name = first.getCell(column(kpis, "KPI")).getStringCellValue();
        set(kpis, first, "Vergelijking", "ten minste");
        set(kpis, first, "Streefwaarde", "4");
        set(kpis, first, "Streefjaar", "2026");
        Row added = kpis.createRow(kpis.getLastRowNum() + 1);
        set(kpis, added, "KPI", "Controles bij vakantieparken");
        set(kpis, added, "Thema", "Spoor 3. Voorkomen");
        set(kpis, added, "Eenheid", "aantal");
        Sheet measurements = workbook.getSheet("Metingen");
        newMeasurement(measurements, name, "Eerste helft 2026", 2);
        newMeasurement(measurements, "Controles bij vakantieparken", "2026", 14);

        long kpiCount = count("select count(*) from kpi where plan_id = (select plan_id from kpi where id = ?)", kpi);
        long measurementCount = count("""
                select count(*) from measurement m join kpi k on k.id = m.kpi_id
                where k.plan_id = (select plan_id from kpi where id = ?)""", kpi);

        String page = pages().preview(bytes(workbook), "kpis.xlsx");

        assertThat(page)
                .contains("Blad KPI&#39;s")
                .contains("1 nieuw, 1 gewijzigd, " + (kpiCount - 1) + " ongewijzigd, 0 niet meer in het blad.")
                .contains("ten minste")
                .contains("Blad Metingen")
                .contains("2 nieuw, 0 gewijzigd, " + measurementCount + " ongewijzigd, 0 niet meer in het blad.")
                .contains(name + ": Eerste helft 2026")
                .contains("Import uitvoeren");

        pages().confirm(page);

        assertThat(jdbc.sql("select comparator || ' ' || target_value || ' ' || target_year from kpi where id = ?")
                        .param(kpi)
                        .query(String.class)
                        .single())
                .isEqualTo("AT_LEAST 4.00 2026");
        assertThat(jdbc.sql(
                                "select period || ' ' || year || ' ' || value from measurement where kpi_id = ? order by id")
                        .param(kpi)
                        .query(String.class)
                        .list())
                .containsExactly("2025 2025 1.00", "Eerste helft 2026 2026 2.00");
        assertThat(jdbc.sql("""
                        select k.name || ' ' || t.code || ' ' || m.period || ' ' || m.value from kpi k
                        join theme t on t.id = k.theme_id join measurement m on m.kpi_id = k.id
                        where k.plan_id = (select plan_id from kpi where id = ?) and k.name = 'Controles bij vakantieparken'""").param(kpi).query(String.class).list())
                .containsExactly("Controles bij vakantieparken Spoor 3 2026 14.00");
        assertThat(jdbc.sql("""
                        select r.username from kpi_aud a join revinfo r on r.rev = a.rev
                        where a.id = ? order by a.rev desc limit 1""").param(kpi).query(String.class).single()).isEqualTo(ADVISOR);
        assertThat(jdbc.sql("""
                        select r.username || ' ' || a.revtype || ' ' || a.period from measurement_aud a
                        join revinfo r on r.rev = a.rev where a.kpi_id = ? order by a.rev desc limit 1""").param(kpi).query(String.class).single()).isEqualTo(ADVISOR + " 0 Eerste helft 2026");
        assertThat(jdbc.sql("""
                        select applied_by || ' ' || added || '/' || changed || '/' || removed
                        from plan_import where applied_at is not null order by applied_at desc limit 1""").query(String.class).single()).isEqualTo(ADVISOR + " 3/1/0");
    }

    @Test
    void aKpiTheWorkbookNoLongerHasStaysUnlessTickedAndThenGoesWithItsMeasurements() throws Exception {
        XSSFWorkbook workbook = workbook(export());
        Sheet kpis = workbook.getSheet("KPI's");
        Row last = kpis.getRow(kpis.getLastRowNum());
        long gone = (long) last.getCell(column(kpis, "Kenmerk")).getNumericCellValue();
        String name = last.getCell(column(kpis, "KPI")).getStringCellValue();
        kpis.removeRow(last);
        List<Long> itsMeasurements = jdbc.sql("select id from measurement where kpi_id = ?")
                .param(gone)
                .query(Long.class)
                .list();
        assertThat(itsMeasurements).isNotEmpty();

        String page = pages().preview(bytes(workbook), "kpis.xlsx");
        assertThat(page).contains("Regels die niet meer in het blad staan (1)").contains("Verwijderen: " + name);
        pages().confirm(page);
        assertThat(kpiExists(gone)).isTrue();

        String again = pages().preview(bytes(workbook), "kpis.xlsx");
        pages().confirm(again, "verwijderen-kpi", List.of(gone));
        assertThat(kpiExists(gone)).isFalse();
        // each measurement's removal is in the history, by the advisor
        for (long measurement : itsMeasurements) {
            assertThat(jdbc.sql("""
                            select r.username from measurement_aud a join revinfo r on r.rev = a.rev
                            where a.id = ? and a.revtype = 2""").param(measurement).query(String.class).single())
                    .isEqualTo(ADVISOR);
        }
    }

    @Test
    void aTargetThatIsNoNumberIsReportedWithItsRowAndColumnAndNothingIsWritten() throws Exception {
        XSSFWorkbook workbook = workbook(export());
        Sheet kpis = workbook.getSheet("KPI's");
        Row row = kpis.getRow(2);
        long kpi = (long) row.getCell(column(kpis, "Kenmerk")).getNumericCellValue();
        set(kpis, row, "Vergelijking", "ten minste");
        set(kpis, row, "Streefwaarde", "veel");

        String page = pages().preview(bytes(workbook), "kpis.xlsx");

        assertThat(page)
                .contains("KPI&#39;s, rij 3, kolom Streefwaarde:")
                .contains("‘veel’ is geen getal")
                .doesNotContain("Import uitvoeren");
        assertThat(count("select count(*) from kpi where id = ? and comparator is null and target_text is null", kpi))
                .isEqualTo(1);
    }

    private void newMeasurement(Sheet sheet, String kpi, String period, int value) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        set(sheet, row, "KPI", kpi);
        set(sheet, row, "Periode", period);
        row.createCell(column(sheet, "Waarde")).setCellValue(value);
    }

    private long count(String sql, long id) {
        return jdbc.sql(sql).param(id).query(Long.class).single();
    }

    private boolean kpiExists(long id) {
        return jdbc.sql("select count(*) from kpi where id = ?")
                        .param(id)
                        .query(Long.class)
                        .single()
                == 1;
    }

    private byte[] export() throws Exception {
        Given.in(jdbc).plan("ondermijning-2025-2028", 2026).concept();
        return pages().export();
    }

    private ImportPages pages() {
        return new ImportPages(mvc, jdbc, PLAN, ADVISOR);
    }

    private static int column(Sheet sheet, String header) {
        for (Cell cell : sheet.getRow(0)) {
            if (header.equals(cell.getStringCellValue())) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + header);
    }

    private static void set(Sheet sheet, Row row, String header, String value) {
        row.getCell(column(sheet, header), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK)
                .setCellValue(value);
    }

    private static XSSFWorkbook workbook(byte[] bytes) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static byte[] bytes(XSSFWorkbook workbook) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }
}
