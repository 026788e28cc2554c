package nl.ivbplanner.kpi;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ivbplanner.support.IvbIntegrationTest;
import nl.ivbplanner.support.PageText;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue 14's examples, read through the pages, the council reports (HTML and PDF) and the export as a reader gets
 * them: KPI values keep the decimals and unit the document prints, and are judged as a council would.
 */
@IvbIntegrationTest
class KpiFiguresAsPrintedTest {

    private static final String WESTLAND = "/gemeenten/westland/kaders/veiligheidsbeleid-2019-2022";
    private static final String LEIDSCHENDAM_VOORBURG = "/gemeenten/leidschendam-voorburg/kaders/ivb-2020-2022";
    private static final String WASSENAAR_2025 = "/gemeenten/wassenaar/kaders/ivb-2024-2027/plannen/2025";
    private static final String UNDERMINING_2026 = "/gemeenten/wassenaar/kaders/ondermijning-2025-2028/plannen/2026";
    private static final String RIJSWIJK_2026 =
            "/gemeenten/rijswijk/kaders/strategisch-veiligheidsbeleid-2026-2030/plannen/2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void westlandsIndicatorsKeepTheirDecimalsOnThePageInTheReportAndInThePdf() throws Exception {
        String page = text(WESTLAND, "raadslid.westland");
        String report = text(WESTLAND + "/rapport", "raadslid.westland");
        String pdf = pdfText(WESTLAND + "/rapport.pdf", "raadslid.westland");
        for (String shown : new String[] {page, report, pdf}) {
            assertThat(row(shown, "rapportcijfer veiligheid van de buurt"))
                    .contains("7,4 (2017)", "≥ 7,5 (2022)")
                    .contains("rapportcijfer");
            assertThat(row(shown, "woninginbraken (p/1.000 inwoners)")).contains("3,8 (2017)", "≤ 3,5 (2022)");
            assertThat(row(shown, "auto-inbraak (p/1.000 inwoners)")).contains("1,6 (2017)", "≤ 1,5 (2022)");
            assertThat(row(shown, "% inwoners dat veel overlast ervaart van buurtbewoners"))
                    .contains("4,2% (2017)", "≤ 4% (2022)");
            assertThat(shown).doesNotContain("ten minste 8", " 7 (2017)", " 4 (2017)");
        }
    }

    /** The only Westland figures are the baselines of 2017 (and 2016): none of them is a result against 2022. */
    @Test
    void aBaselineIsNeverJudgedAgainstALaterTarget() throws Exception {
        String page = text(WESTLAND, "raadslid.westland");
        assertThat(page).doesNotContain("Doel niet gehaald", "Doel gehaald");
        assertThat(row(page, "rapportcijfer veiligheid van de buurt")).contains("Nog geen meting");
        assertThat(row(text(WESTLAND + "/rapport", "raadslid.westland"), "totaal misdrijven (p. 1.000 inwoners)"))
                .contains("Nog geen meting")
                .doesNotContain("Doel niet gehaald");
    }

    /** 'rond de 565' in recent years against 'niet hoger dan 600'; the 1092 of 2010 is history, not the latest. */
    @Test
    void anApproximatePrintedValueCountsAndTheTargetYearHasPassed() throws Exception {
        for (String shown : new String[] {
            text(LEIDSCHENDAM_VOORBURG, "raadslid.leidschendam-voorburg"),
            text(LEIDSCHENDAM_VOORBURG + "/rapport", "raadslid.leidschendam-voorburg")
        }) {
            assertThat(row(shown, "Aantal meldingen jeugdoverlast"))
                    .contains("≤ 600", "ongeveer 1092", "rond de 565", "Doel gehaald");
            assertThat(row(shown, "Aantal woninginbraken")).contains("2018: 181", "Doel gehaald");
            // 191 in 2015, 443 in 2018 where the document wants a decrease
            assertThat(row(shown, "Aantal overlastmeldingen van personen met verward gedrag"))
                    .contains("Doel niet gehaald");
        }
    }

    /** Wassenaar's ondermijning plan prints '50%' of the M-meldingen: a percentage, not 50 reports. */
    @Test
    void aPercentageIsShownAsOneOnThePageInTheReportAndInTheExport() throws Exception {
        String kpi = "Drugsgerelateerde meldingen via Meld Misdaad Anoniem (M)";
        assertThat(row(text(UNDERMINING_2026, "adviseur.wassenaar"), kpi)).contains("2025: 50%", "percentage");
        assertThat(row(text(UNDERMINING_2026 + "/rapport", "adviseur.wassenaar"), kpi))
                .contains("2025: 50%");
        try (XSSFWorkbook workbook = workbook(UNDERMINING_2026 + "/export.xlsx", "adviseur.wassenaar")) {
            Row kpiRow = rowStartingWith(workbook.getSheet("KPI's"), kpi);
            assertThat(kpiRow.getCell(3).getStringCellValue()).isEqualTo("percentage");
            assertThat(kpiRow.getCell(10).getStringCellValue()).isEqualTo("2025: 50%");
            Row measured = rowStartingWith(workbook.getSheet("Metingen"), kpi);
            assertThat(measured.getCell(4).getNumericCellValue()).isEqualTo(50.0);
            assertThat(measured.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("General\"%\"");
        }
    }

    /** Bijlage 1 prints the Lokale Kamer's figures of 2024 and 2025 side by side; counts have no decimals. */
    @Test
    void theWholeSeriesIsShownAndCountsHaveNoDecimals() throws Exception {
        for (String shown : new String[] {
            text(WASSENAAR_2025, "raadslid.wassenaar"), text(WASSENAAR_2025 + "/rapport", "raadslid.wassenaar")
        }) {
            assertThat(row(shown, "Aanmelding")).contains("2024: 1", "2025: 9").doesNotContain("1,00", "9,00");
            assertThat(row(shown, "Aanpak")).contains("2024: 0", "2025: 6");
            assertThat(row(shown, "Gemiddelde duur")).contains("2025: 4", "maanden");
            assertThat(row(shown, "Melders"))
                    .contains(
                            "– –",
                            "2025: Politie, Procesregie, Jeugdbescherming",
                            "Geen streefwaarde om aan te toetsen")
                    .doesNotContain("aantal", "Nog geen meting");
        }
        try (XSSFWorkbook workbook = workbook(WASSENAAR_2025 + "/export.xlsx", "raadslid.wassenaar")) {
            assertThat(rowStartingWith(workbook.getSheet("KPI's"), "Aanmelding")
                            .getCell(10)
                            .getStringCellValue())
                    .isEqualTo("2024: 1; 2025: 9");
            XSSFSheet measurements = workbook.getSheet("Metingen");
            assertThat(measurements.getLastRowNum())
                    .isEqualTo(jdbc.sql("""
                    select count(*) from measurement m join kpi k on k.id = m.kpi_id join execution_plan p on p.id = k.plan_id
                    join policy_framework f on f.id = p.framework_id where f.slug = 'ivb-2024-2027' and p.year = 2025""").query(Integer.class).single());
        }
    }

    /** Before its target year a KPI is on or off course against its baseline, never 'Doel niet gehaald'. */
    @Test
    @Transactional
    void beforeTheTargetYearAKpiIsOnOrOffCourse() throws Exception {
        long plan = jdbc.sql("""
                select p.id from execution_plan p join policy_framework f on f.id = p.framework_id
                where f.slug = 'strategisch-veiligheidsbeleid-2026-2030' and p.year = 2026""").query(Long.class).single();
        long rising = kpi(plan, 90, "Deelnemers buurtpreventie", "AT_LEAST", "10", "20");
        long falling = kpi(plan, 91, "Leden van buurtapps", "AT_LEAST", "40", "60");
        jdbc.sql(
                        "insert into measurement (kpi_id, period, year, value) values (?, '2026', 2026, 15), (?, '2026', 2026, 35)")
                .params(rising, falling)
                .update();
        for (String shown : new String[] {
            text(RIJSWIJK_2026, "adviseur.rijswijk"), text(RIJSWIJK_2026 + "/rapport", "adviseur.rijswijk")
        }) {
            assertThat(row(shown, "Deelnemers buurtpreventie"))
                    .contains("Op koers", "≥ 20 (2029)")
                    .doesNotContain("Doel niet gehaald");
            assertThat(row(shown, "Leden van buurtapps"))
                    .contains("Niet op koers")
                    .doesNotContain("Doel niet gehaald");
        }
        String dashboard = text(
                "/gemeenten/rijswijk/kaders/strategisch-veiligheidsbeleid-2026-2030/dashboard?jaar=2026",
                "manager.rijswijk");
        assertThat(dashboard).contains("Op koers", "Niet op koers");
    }

    /** The unit decides the notation: a report mark is typed as 7 and printed as 7,0. */
    @Test
    @Transactional
    void aReportMarkTypedWithoutDecimalsIsPrintedWithOne() throws Exception {
        mvc.perform(post(RIJSWIJK_2026 + "/kpis/nieuw")
                        .with(csrf())
                        .with(as(jdbc, "adviseur.rijswijk"))
                        .param("naam", "Rapportcijfer veiligheid in de wijk")
                        .param("soort", "NUMERIC")
                        .param("eenheidSoort", "GRADE")
                        .param("uitgangswaarde", "7")
                        .param("uitgangsjaar", "2025")
                        .param("vergelijking", "AT_LEAST")
                        .param("streefwaarde", "7,5")
                        .param("streefjaar", "2026")
                        .param("bron", "veiligheidsmonitor"))
                .andExpect(status().is3xxRedirection());
        assertThat(row(text(RIJSWIJK_2026, "adviseur.rijswijk"), "Rapportcijfer veiligheid in de wijk"))
                .contains("rapportcijfer", "7,0 (2025)", "≥ 7,5 (2026)");
    }

    private long kpi(long plan, int position, String name, String comparator, String baseline, String target) {
        return jdbc.sql("""
                insert into kpi (plan_id, position, name, kind, comparator, baseline_value, baseline_year, target_value,
                                 target_year)
                values (?, ?, ?, 'NUMERIC', ?, cast(? as numeric), 2025, cast(? as numeric), 2029) returning id""")
                .params(plan, position, name, comparator, baseline, target)
                .query(Long.class)
                .single();
    }

    /** The page's text without tags, so cell boundaries read as spaces. */
    private String text(String url, String user) throws Exception {
        String html = mvc.perform(get(url).with(as(jdbc, user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return PageText.of(html);
    }

    private String pdfText(String url, String user) throws Exception {
        byte[] pdf = mvc.perform(get(url).with(as(jdbc, user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    /** The text of a KPI's row in the KPI table, from its name up to its status, as a reader sees that row. */
    private static String row(String text, String kpiName) {
        // a report leaves out the Uitgangswaarde column when no KPI of the plan has one
        Matcher header =
                Pattern.compile("Eenheid (Uitgangswaarde|Streefwaarde)").matcher(text);
        assertThat(header.find()).as("a KPI table is shown").isTrue();
        int table = header.start();
        int start = text.indexOf(kpiName, table);
        assertThat(start).as("'%s' is shown", kpiName).isNotNegative();
        Matcher next = Pattern.compile("(Doel gehaald|Doel niet gehaald|Nog geen meting|Op koers|Niet op koers|"
                        + "Geen streefwaarde om aan te toetsen|Nog niet behaald)")
                .matcher(text);
        return next.find(start + kpiName.length())
                ? text.substring(start, next.end())
                : text.substring(start, Math.min(text.length(), start + 400));
    }

    private XSSFWorkbook workbook(String url, String user) throws Exception {
        byte[] body = mvc.perform(get(url).with(as(jdbc, user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(body));
    }

    /** The row of a KPI by its name, in the column after the Kenmerk. */
    private static Row rowStartingWith(XSSFSheet sheet, String first) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && first.equals(row.getCell(1).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row '" + first + "' in " + sheet.getSheetName());
    }
}
