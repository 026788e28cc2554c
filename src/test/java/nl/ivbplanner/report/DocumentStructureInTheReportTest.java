package nl.ivbplanner.report;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 14, 'order and structure as in the document', in the council report: HTML and PDF come from one template, so
 * the HTML is read for the structure and the PDF for what a reader of the printed report sees.
 */
@IvbIntegrationTest
class DocumentStructureInTheReportTest {

    private static final String RIJSWIJK_2026 =
            "/gemeenten/rijswijk/kaders/strategisch-veiligheidsbeleid-2026-2030/plannen/2026";
    private static final String ONDERMIJNING_2026 = "/gemeenten/wassenaar/kaders/ondermijning-2025-2028/plannen/2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void subThemesFollowEachOtherAndObjectivesHeadTheirActions() throws Exception {
        Document report = report(RIJSWIJK_2026 + "/rapport", "adviseur.rijswijk");
        Element chapter2 = theme(report, "Zorg en Veiligheid");
        assertThat(runs(chapter2.select("tr > th.report-activity > .report-meta")
                        .eachText()))
                .containsExactly(
                        "A. Huiselijk geweld en femicide",
                        "B. Personen met onbegrepen gedrag",
                        "C. Multiprobleem gezinnen");
        assertThat(runs(theme(report, "Jeugd en preventie")
                        .select("tr > th.report-activity > .report-meta")
                        .eachText()))
                .containsExactly("A. Schoolveiligheid", "B. Jeugd en Criminaliteit");
        assertThat(report.select("tr.report-objective")).hasSize(39);
        Element first = chapter2.select("tbody").first();
        assertThat(first.select("tr.report-objective th").text())
                .isEqualTo(
                        "Wat willen we bereiken? "
                                + "1. Lokale aanpak huiselijk geweld op basis van regiovisie huiselijk geweld door het sociaal domein i.s.m. veiligheid.");
        assertThat(first.select("th.report-activity strong").eachText()).hasSize(4);
        // Rijswijk's actions have no goal of their own, only the objective above them: no 'Doel' column that would
        // say 'Zie doel 1 hierboven' on every row (issue 17: no column empty for all rows)
        assertThat(chapter2.select("thead th").eachText()).containsExactly("Activiteit", "Partijen");
    }

    @Test
    void anOrganisationWithTwoRolesIsNamedOnceWithBothInHtmlAndPdf() throws Exception {
        Document report = report(RIJSWIJK_2026 + "/rapport", "adviseur.rijswijk");
        Element school = report.select("tr:has(strong:containsOwn(Team OOV&B en Team jeugd, Onderwijs en Sport))")
                .first();
        // each partner ends with the list's separator, except the last
        assertThat(school.select(".report-partners .report-partner").eachText().stream()
                        .map(partner -> partner.replaceFirst(";$", "")))
                .filteredOn(p -> p.contains("OOV&B"))
                .containsExactly("Team OOV&B (trekker, regie)");
        for (Element row : report.select("tr:has(th.report-activity)")) {
            assertThat(row.select(".report-partners .report-partner > span:first-child").eachText().stream()
                            .map(name -> name.replaceFirst(";$", ""))
                            .toList())
                    .doesNotHaveDuplicates();
        }
        String pdf = PlanReportPdfTest.text(
                        mvc.perform(get(RIJSWIJK_2026 + "/rapport.pdf").with(as(jdbc, "adviseur.rijswijk")))
                                .andExpect(status().isOk())
                                .andReturn()
                                .getResponse()
                                .getContentAsByteArray())
                // partners are one run of text now, which may break across lines
                .replaceAll("\\s+", " ");
        assertThat(pdf).contains("Team OOV&B (trekker, regie)", "Team ITH (trekker, regie)", "Wat willen we bereiken?");
    }

    @Test
    void aNumberedListInTheTextIsAnOrderedList() throws Exception {
        // 'Het tweede spoor kent 3 verschillende focusgebieden:' followed by '1. Signaalgestuurde aanpak' ... '3. ...'
        Document report = report(ONDERMIJNING_2026 + "/rapport", "adviseur.wassenaar");
        Element list =
                report.select("ol:has(li:contains(Signaalgestuurde aanpak))").first();
        assertThat(list.select("> li").eachText())
                .containsExactly(
                        "Signaalgestuurde aanpak",
                        "Risicogerichte aandachtsgebieden",
                        "Professionalisering van toezicht en handhaving");
        assertThat(list.previousElementSibling().text())
                .endsWith("Het tweede spoor kent 3 verschillende focusgebieden:");
        // the PDF draws the numbers as list markers beside the items: read in the order of the page
        byte[] pdf = mvc.perform(get(ONDERMIJNING_2026 + "/rapport.pdf").with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            assertThat(stripper.getText(document).replaceAll("\\s+", " "))
                    .contains("1. Signaalgestuurde aanpak 2. Risicogerichte aandachtsgebieden 3. Professionalisering");
        }
    }

    private Document report(String url, String username) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(as(jdbc, username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private static Element theme(Document report, String name) {
        return report.select("section.report-theme:has(> h3:matchesOwn(^" + name + "$))")
                .first();
    }

    private static List<String> runs(List<String> values) {
        List<String> runs = new ArrayList<>();
        for (String value : values) {
            if (runs.isEmpty() || !runs.get(runs.size() - 1).equals(value)) {
                runs.add(value);
            }
        }
        return runs;
    }
}
