package nl.ivbplanner.report;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import nl.ivbplanner.support.Given;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The progress report's dashboard: the interim statuses, the framework's verdicts per year and the KPIs' series, as
 * charts with tables in the page, and as tables alone in a PDF that stays PDF/UA and PDF/A.
 */
@IvbIntegrationTest
@Transactional
class ProgressDashboardTest {

    /** Wassenaar's approach to organised crime: a concept plan 2026 with KPIs with figures, adopted in the test. */
    static final String PLAN = "/gemeenten/wassenaar/kaders/ondermijning-2025-2028/plannen/2026";

    /** Wassenaar's IVB plan 2025 is evaluated, so it has a progress report and verdicts in 2025. */
    static final String IVB = "/gemeenten/wassenaar/kaders/ivb-2024-2027/plannen/2025";

    @Autowired
    MockMvc mvc;

    @BeforeAll
    static void startVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Autowired
    JdbcClient jdbc;

    @Test
    void thePageHasTheDashboardWithChartsAndTheSameFiguresInTables() throws Exception {
        Document report = page(IVB + "/voortgang");
        Element section = report.getElementById("dashboard").parent();
        assertThat(report.select(".report-toc a[href=#dashboard]").text()).isEqualTo("Dashboard");
        assertThat(section.select("h3").eachText())
                .contains("Tussentijdse stand van het plan 2025", "Eindejaarsoordelen per planjaar");
        // the year-end verdicts of 2025 as the evaluation has them: 14 green, 6 yellow, 1 red of 21
        Element trend = report.getElementById("dashboard-verloop").parent();
        Element y2025 = trend.select("table tbody tr").stream()
                .filter(r -> r.selectFirst("th").text().equals("2025"))
                .findFirst()
                .orElseThrow();
        assertThat(y2025.select("td").eachText()).containsExactly("14", "6", "1", "0", "21");
        Element chart = trend.selectFirst(".report-chart svg[role=img]");
        assertThat(chart.attr("aria-label")).startsWith("Staafdiagram van de eindejaarsoordelen");
        assertThat(chart.select("text.chart__total").eachText())
                .isEqualTo(trend.select("table tbody tr td:last-child").eachText());
        assertThat(trend.select(".chart__legend-item").eachText())
                .isEqualTo(trend.select("table thead th .report-verdict span:not([aria-hidden])")
                        .eachText());
        // nothing has an interim status yet: all 21 activities are counted as without one
        Element interim = report.getElementById("dashboard-tussentijds").parent();
        assertThat(interim.select("table tbody td").eachText()).containsExactly("0", "0", "0", "21", "21");
        assertThat(report.select("svg.chart-patterns")).hasSize(1);
    }

    @Test
    void eachKpiWithNumbersHasAChartAndATableOfItsValues() throws Exception {
        Given.in(jdbc).plan("ondermijning-2025-2028", 2026).adopted(LocalDate.of(2026, 2, 10));
        Document report = page(PLAN + "/voortgang");
        Element kpis = report.getElementById("dashboard-kpis").parent();
        List<Element> blocks = kpis.select(".report-dashboard-kpi");
        assertThat(blocks).isNotEmpty();
        for (Element block : blocks) {
            String table = block.selectFirst("table").text();
            assertThat(block.select(".report-chart svg text.chart__value").eachText())
                    .isNotEmpty()
                    .allSatisfy(value -> assertThat(table).contains(value));
        }
        assertThat(kpis.text()).contains("Waarden van ‘Meldingen via Meld Misdaad Anoniem (M)’");
        // openhtmltopdf shows no captions: each KPI's table has its name as a heading too
        assertThat(kpis.select("h4").eachText()).contains("Meldingen via Meld Misdaad Anoniem (M)");
    }

    @Test
    void thePdfHasTheTablesWithoutTheChartsAndStaysConformant() throws Exception {
        byte[] pdf = mvc.perform(get(IVB + "/voortgang.pdf").with(as(jdbc, "manager.wassenaar")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        PdfPages.save(pdf, "progress-dashboard");
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
        String words = text.replaceAll("\\s+", " ");
        assertThat(words)
                .contains(
                        "Dashboard",
                        "Eindejaarsoordelen per planjaar",
                        "Tussentijdse stand van het plan 2025",
                        "2025 14 6 1 0 21")
                // the charts' image names are in the page only
                .doesNotContain("Staafdiagram");
        assertThat(ReportPdfConformanceTest.failedRules(pdf, PDFAFlavour.PDFUA_1))
                .isEmpty();
        assertThat(ReportPdfConformanceTest.failedRules(pdf, PDFAFlavour.PDFA_2_A))
                .isEmpty();
    }

    private Document page(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(as(jdbc, "manager.wassenaar")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
