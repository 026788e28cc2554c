package nl.ivbplanner.report;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The report as a Word document a griffie takes into its own council documents, made from the report page. */
@IvbIntegrationTest
class ReportDocxTest {

    static final String WASSENAAR_2025 = "/gemeenten/wassenaar/kaders/ivb-2024-2027/plannen/2025/rapport";
    static final String RIJSWIJK_2026 =
            "/gemeenten/rijswijk/kaders/strategisch-veiligheidsbeleid-2026-2030/plannen/2026/rapport";
    static final String PUBLISHED = "/openbaar/wassenaar/kaders/ivb-2024-2027";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void isAWordDownloadNamedAfterThePlan() throws Exception {
        mvc.perform(get(WASSENAAR_2025 + ".docx").with(as(jdbc, "raadslid.wassenaar")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", ReportRenderer.DOCX.toString()))
                // a council member gets the document published with the decision, named after its version
                .andExpect(header().string(
                                "Content-Disposition",
                                matchesPattern(
                                        "attachment; filename=\"wassenaar-ivb-2024-2027-2025-versie-\\d+\\.docx\"")));
        mvc.perform(get("/gemeenten/wassenaar/kaders/ivb-2024-2027/rapport.docx")
                        .with(as(jdbc, "raadslid.wassenaar")))
                .andExpect(status().isOk())
                .andExpect(header().string(
                                "Content-Disposition", "attachment; filename=\"wassenaar-ivb-2024-2027.docx\""));
    }

    @Test
    void theReportPageLinksToTheWordDocument() throws Exception {
        String page = mvc.perform(get(WASSENAAR_2025).with(as(jdbc, "manager.wassenaar")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("href=\"" + WASSENAAR_2025 + ".docx\"", "Download als Word");

        // the published version a council member reads links to its own Word file
        String published = mvc.perform(get(WASSENAAR_2025).with(as(jdbc, "raadslid.wassenaar")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(published)
                .containsPattern("href=\"/openbaar/wassenaar/kaders/ivb-2024-2027/plannen/2025/versies/\\d+\\.docx\"");
    }

    @Test
    void hasTheHeadingsOfThePageAsWordHeadingStylesWithAnOutlineLevel() throws Exception {
        for (String report : List.of(WASSENAAR_2025, RIJSWIJK_2026)) {
            Document html = html(report);
            List<String> pageHeadings = html.body().select("h1, h2, h3, h4, h5, h6").stream()
                    .filter(h -> h.closest("[aria-hidden=true]") == null)
                    .map(h -> h.tagName().substring(1) + " " + h.text())
                    .toList();
            try (XWPFDocument docx = docx(report)) {
                List<String> headings = docx.getParagraphs().stream()
                        .filter(p -> p.getStyle() != null && p.getStyle().startsWith("Heading"))
                        .map(p -> p.getStyle().substring("Heading".length()) + " " + p.getText())
                        .toList();

                assertThat(headings).as(report).containsExactlyElementsOf(pageHeadings);
                for (int level = 1; level <= 3; level++) {
                    assertThat(docx.getStyles()
                                    .getStyle("Heading" + level)
                                    .getCTStyle()
                                    .getPPr()
                                    .getOutlineLvl()
                                    .getVal())
                            .as("outline level of Heading%d, which the contents field reads", level)
                            .hasToString(String.valueOf(level - 1));
                }
            }
        }
    }

    @Test
    void hasAContentsFieldInsteadOfTheLinkedList() throws Exception {
        try (XWPFDocument docx = docx(WASSENAAR_2025)) {
            List<String> fields = docx.getParagraphs().stream()
                    .flatMap(p -> p.getCTP().getFldSimpleList().stream())
                    .map(field -> field.getInstr().strip())
                    .toList();

            assertThat(fields).hasSize(1);
            assertThat(fields.get(0)).startsWith("TOC \\o \"1-3\"");
            assertThat(docx.getSettings().getCTSettings().getUpdateFields().getVal())
                    .as("Word fills the contents in when the document opens")
                    .isNotNull();
        }
    }

    @Test
    void hasEveryTableOfThePageWithItsHeaderRowRepeatedOnEachPage() throws Exception {
        Document html = html(RIJSWIJK_2026);
        List<Element> pageTables = html.select("main table");
        assertThat(pageTables).hasSizeGreaterThan(3);
        try (XWPFDocument docx = docx(RIJSWIJK_2026)) {
            List<XWPFTable> tables = docx.getTables();

            assertThat(tables).hasSameSizeAs(pageTables);
            for (int t = 0; t < tables.size(); t++) {
                Element pageHeader = pageTables.get(t).selectFirst("thead tr");
                XWPFTable table = tables.get(t);
                assertThat(table.getRow(0).isRepeatHeader())
                        .as("table %d repeats its header", t)
                        .isTrue();
                assertThat(table.getRow(0).getTableCells().stream()
                                .map(XWPFTableCell::getText)
                                .toList())
                        .containsExactlyElementsOf(pageHeader.select("th").eachText());
                assertThat(table.getRows())
                        .hasSize(pageTables.get(t).select("tr").size());
                if (table.getRows().size() > 1) {
                    assertThat(table.getRow(1).isRepeatHeader()).isFalse();
                }
            }
        }
    }

    @Test
    void aTablesColumnsAreAsWideAsTheirTextNeedsNotAllTheSame() throws Exception {
        try (XWPFDocument docx = docx(RIJSWIJK_2026)) {
            XWPFTable activities = docx.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("Activiteit"))
                    .findFirst()
                    .orElseThrow();
            List<Integer> grid = activities.getCTTbl().getTblGrid().getGridColList().stream()
                    .map(col -> ((java.math.BigInteger) col.getW()).intValue())
                    .toList();
            assertThat(grid).hasSize(activities.getRow(0).getTableCells().size());
            assertThat(grid.stream().distinct()).hasSizeGreaterThan(1);
            assertThat(grid).allMatch(width -> width >= 9026 * 8 / 100 - 1);
            assertThat(grid.stream().mapToInt(Integer::intValue).sum()).isBetween(9000, 9100);
            // each cell says its share of the table, so Word and LibreOffice lay it out alike
            for (XWPFTableCell cell : activities.getRow(1).getTableCells()) {
                assertThat(cell.getCTTc().getTcPr().getTcW().getType().toString())
                        .isEqualTo("pct");
            }
        }
    }

    @Test
    void hasEveryWordOfTheReportThemesAndActivitiesIncluded() throws Exception {
        for (String report : List.of(WASSENAAR_2025, RIJSWIJK_2026)) {
            Document html = html(report);
            html.select(".report-screen-only, .report-running, [aria-hidden=true], caption, nav")
                    .remove();
            try (XWPFDocument docx = docx(report)) {
                String text = normalized(new XWPFWordExtractor(docx).getText());

                assertThat(words(text)).as(report).containsAll(words(html.body().text()));
                List<String> themes = html.select(".report-theme h3").eachText();
                assertThat(themes).isNotEmpty();
                assertThat(text).contains(themes);
                List<String> activities = html.select(".report-activity strong").eachText();
                assertThat(activities).hasSizeGreaterThan(5);
                assertThat(text)
                        .contains(activities.stream()
                                .map(ReportDocxTest::normalized)
                                .toList());
            }
        }
    }

    @Test
    void listsAreWordLists() throws Exception {
        try (XWPFDocument docx = docx(RIJSWIJK_2026)) {
            List<XWPFParagraph> items = docx.getParagraphs().stream()
                    .filter(p -> p.getNumID() != null)
                    .toList();
            assertThat(items).hasSizeGreaterThan(3);
            assertThat(docx.getNumbering().getNum(items.get(0).getNumID())).isNotNull();
        }
    }

    @Test
    void thePublishedReportIsAWordDocumentForAnyoneAndAConceptIsNot() throws Exception {
        byte[] bytes = mvc.perform(get(PUBLISHED + "/plannen/2025.docx"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            assertThat(new XWPFWordExtractor(docx).getText()).contains("Buurt en veiligheid", "Op schema 2026/2027");
        }
        mvc.perform(get(PUBLISHED + ".docx")).andExpect(status().isOk());
        mvc.perform(get(PUBLISHED + "/plannen/2026.docx")).andExpect(status().isNotFound());
    }

    @Test
    void aCouncilMemberGetsNoWordDocumentOfAnotherMunicipality() throws Exception {
        mvc.perform(get(RIJSWIJK_2026 + ".docx").with(as(jdbc, "raadslid.wassenaar")))
                .andExpect(status().is4xxClientError());
    }

    private static Set<String> words(String text) {
        return Arrays.stream(text.split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String normalized(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private Document html(String report) throws Exception {
        return Jsoup.parse(mvc.perform(signedIn(get(report), report))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private XWPFDocument docx(String report) throws Exception {
        byte[] bytes = mvc.perform(signedIn(get(report + ".docx"), report))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    private MockHttpServletRequestBuilder signedIn(MockHttpServletRequestBuilder request, String report) {
        return request.with(as(jdbc, "manager." + report.split("/")[2]));
    }
}
