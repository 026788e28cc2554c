package nl.ivbplanner.report;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A report table has no column that is empty in every row: Rijswijk's plan printed 61 pages with three of them. */
@IvbIntegrationTest
class EmptyColumnsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void noThemeTableOfAnyReportHasAColumnEmptyInEveryRow() throws Exception {
        List<String> reports = List.of(
                PlanReportPdfTest.RIJSWIJK_2026 + "/rapport",
                "/gemeenten/wassenaar/kaders/ivb-2024-2027/plannen/2026/rapport",
                "/gemeenten/wassenaar/kaders/ivb-2024-2027/plannen/2025/rapport",
                "/gemeenten/wassenaar/kaders/ondermijning-2025-2028/plannen/2026/rapport");
        for (String url : reports) {
            Document report = page(url);
            List<Element> tables = report.select("section.report-theme table");
            assertThat(tables).as(url).isNotEmpty();
            for (Element table : tables) {
                int columns = table.select("thead th").size();
                for (int column = 1; column < columns; column++) {
                    int index = column;
                    boolean filled = table.select("tbody tr:has(th.report-activity)").stream()
                            .anyMatch(row ->
                                    !row.select("> td").get(index - 1).text().isBlank());
                    assertThat(filled)
                            .as(
                                    "%s: column '%s' of %s",
                                    url,
                                    table.select("thead th").get(column).text(),
                                    table.parent().select("h2, h3, h4").first().text())
                            .isTrue();
                }
            }
        }
    }

    @Test
    void rijswijksPlanLeavesOutWhatItNeverFillsInAndFitsInFarFewerPages() throws Exception {
        int intendedResults = jdbc.sql("""
                select count(*) from activity a join execution_plan p on p.id = a.plan_id
                join policy_framework f on f.id = p.framework_id
                where f.slug = 'strategisch-veiligheidsbeleid-2026-2030'
                  and (a.intended_result is not null or a.planning is not null or a.goal is not null)""").query(Integer.class).single();
        assertThat(intendedResults).isZero();
        Document report = page(PlanReportPdfTest.RIJSWIJK_2026 + "/rapport");
        assertThat(report.select("section.report-theme thead").eachText())
                .allMatch(head -> head.equals("Activiteit Partijen"));
        // no Rijswijk indicator has a baseline or a measurement yet: the KPI table leaves both columns out
        assertThat(report.select("#kpis ~ table thead th").eachText())
                .containsExactly("KPI", "Eenheid", "Streefwaarde", "Resultaat");
        // Wassenaar's Lokale Kamer figures have both
        assertThat(page("/gemeenten/wassenaar/kaders/ivb-2024-2027/plannen/2025/rapport")
                        .select("#kpis ~ table thead th")
                        .eachText())
                .contains("Metingen");

        byte[] pdf = mvc.perform(
                        get(PlanReportPdfTest.RIJSWIJK_2026 + "/rapport.pdf").with(as(jdbc, "adviseur.rijswijk")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        PdfPages.save(pdf, "rijswijk-2026-columns");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isLessThan(55);
        }
    }

    private Document page(String url) throws Exception {
        String user = url.contains("rijswijk") ? "adviseur.rijswijk" : "adviseur.wassenaar";
        return Jsoup.parse(mvc.perform(get(url).with(as(jdbc, user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
