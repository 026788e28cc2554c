package nl.ivbplanner.report;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The report PDF as a file a council member navigates, searches and reads: an outline from the headings, letters
 * instead of ligatures, figures on one line, and no table header alone at the bottom of a page. Checked on the seeded
 * documents' reports, against the HTML page they are printed from.
 */
@IvbIntegrationTest
class ReportPdfLayoutTest {

    static final String RIJSWIJK_2026 =
            "/gemeenten/rijswijk/kaders/strategisch-veiligheidsbeleid-2026-2030/plannen/2026/rapport";
    static final String WASSENAAR_2025 = "/gemeenten/wassenaar/kaders/ivb-2024-2027/plannen/2025/rapport";

    private static final Pattern PAGE_FOOTER = Pattern.compile("(pagina|page) \\d+ (van|of) \\d+");

    /** Rendered once for all tests of this class: the PDFs take seconds each. */
    private static final Map<String, byte[]> PDFS = new HashMap<>();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theOutlineHasEveryHeadingNestedByLevel() throws Exception {
        for (String report : List.of(RIJSWIJK_2026, WASSENAAR_2025)) {
            List<String> headings = html(report).body().select("h1, h2, h3, h4, h5, h6").stream()
                    .filter(h -> h.closest("[aria-hidden=true]") == null)
                    .map(Element::text)
                    .toList();
            try (PDDocument pdf = Loader.loadPDF(pdf(report))) {
                PDOutlineNode outline = pdf.getDocumentCatalog().getDocumentOutline();
                assertThat(outline).as("the outline of %s", report).isNotNull();
                List<String> titles = new ArrayList<>();
                collect(outline, titles);

                assertThat(titles).as(report).containsExactlyElementsOf(headings);
                PDOutlineItem title = outline.getFirstChild();
                assertThat(title.getTitle())
                        .isEqualTo(html(report).selectFirst("h1").text());
                assertThat(children(title)).as("the chapters below the title").contains("Inhoud");
            }
        }
        List<String> themes;
        try (PDDocument pdf = Loader.loadPDF(pdf(WASSENAAR_2025))) {
            // the themes' tables stand in the chapter where the document prints them (ReportFlow)
            PDOutlineItem activities =
                    find(pdf.getDocumentCatalog().getDocumentOutline(), "Evaluatie uitvoeringsplan 2025 (deel 1)");
            assertThat(activities).isNotNull();
            themes = children(activities);
        }
        assertThat(themes).contains("Buurt en veiligheid", "Zorg en veiligheid", "Ondermijning");
    }

    @Test
    void extractedTextHasLettersNotLigatures() throws Exception {
        for (String report : List.of(RIJSWIJK_2026, WASSENAAR_2025, westlandFramework())) {
            String text = PlanReportPdfTest.text(pdf(report));
            assertThat(text.chars().filter(c -> c >= 0xFB00 && c <= 0xFB06).count())
                    .as("ligature characters in %s", report)
                    .isZero();
            Set<String> words = wordsWith(html(report).body().text(), "fi", "fl");
            assertThat(words).as("words with fi or fl in %s", report).isNotEmpty();
            assertThat(text).contains(words);
        }
    }

    @Test
    void aYearRangeOrAnAmountIsNeverBrokenAcrossLines() throws Exception {
        for (String report : List.of(RIJSWIJK_2026, WASSENAAR_2025, westlandFramework())) {
            Map<String, Integer> inHtml = figures(html(report).body().text());
            assertThat(inHtml).as("year ranges and amounts in %s", report).isNotEmpty();
            List<String> lines = lines(pdf(report));
            Map<String, Integer> onOneLine = new HashMap<>();
            lines.forEach(line -> figures(line).forEach((figure, n) -> onOneLine.merge(figure, n, Integer::sum)));

            inHtml.forEach((figure, n) -> assertThat(onOneLine.getOrDefault(figure, 0))
                    .as("lines with \"%s\" in %s (%d in the page)", figure, report, n)
                    .isGreaterThanOrEqualTo(n));
        }
        assertThat(figures(String.join("\n", lines(pdf(RIJSWIJK_2026))))).containsKey("€ 5.615.000");
    }

    @Test
    void noLineOfAPartnerListStartsWithItsSeparator() throws Exception {
        for (String report : List.of(RIJSWIJK_2026, WASSENAAR_2025)) {
            List<String> partners = html(report).select(".report-partner > span:first-child").eachText().stream()
                    .map(name -> name.replaceFirst(";$", ""))
                    .distinct()
                    .toList();
            assertThat(partners).as(report).hasSizeGreaterThan(5);
            // a cell's line starting with "; Politie": after a gap (the cells to its left on the same line) or first
            Pattern separatorFirst = Pattern.compile(
                    "(^|.*\\s);\\s*(" + partners.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ").*");
            assertThat(lines(pdf(report)))
                    .as("lines of %s", report)
                    .noneMatch(line -> separatorFirst.matcher(line).matches());
        }
    }

    @Test
    void noPageEndsWithATableHeaderAlone() throws Exception {
        Map<String, String> lastLines = new LinkedHashMap<>();
        int tables = 0;
        for (String report : seededReports()) {
            Set<String> headers = html(report).select("table thead tr").stream()
                    .map(row -> normalized(row.text()))
                    .collect(Collectors.toSet());
            tables += headers.size();
            try (PDDocument pdf = Loader.loadPDF(pdf(report))) {
                for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                    List<String> lines = pageLines(pdf, page);
                    String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
                    if (headers.contains(last)) {
                        lastLines.put(report + " page " + page, last);
                    }
                }
            }
        }
        assertThat(tables).as("kinds of table header in the reports").isGreaterThan(3);
        assertThat(lastLines).as("pages whose last line is a table's header").isEmpty();
    }

    /** The lines of the whole PDF, whitespace collapsed per line, in reading order. */
    private static List<String> lines(byte[] bytes) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            List<String> lines = new ArrayList<>();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                lines.addAll(pageLines(pdf, page));
            }
            return lines;
        }
    }

    /** A page's lines top to bottom without the running footer. */
    private static List<String> pageLines(PDDocument pdf, int page) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf)
                .lines()
                .map(ReportPdfLayoutTest::normalized)
                .filter(line -> !line.isEmpty() && !PAGE_FOOTER.matcher(line).matches())
                .toList();
    }

    private static String normalized(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** Each year range and amount in the text, with how often it occurs. */
    private static Map<String, Integer> figures(String text) {
        Map<String, Integer> figures = new HashMap<>();
        Matcher figure = PrintablePage.UNBREAKABLE.matcher(normalized(text));
        while (figure.find()) {
            figures.merge(figure.group(), 1, Integer::sum);
        }
        return figures;
    }

    private static Set<String> wordsWith(String text, String... parts) {
        Set<String> words = new TreeSet<>();
        for (String word : text.split("[^\\p{L}]+")) {
            for (String part : parts) {
                if (word.length() > 3 && word.contains(part)) {
                    words.add(word);
                }
            }
        }
        return words;
    }

    private static void collect(PDOutlineNode node, List<String> titles) {
        for (PDOutlineItem item : node.children()) {
            titles.add(item.getTitle());
            collect(item, titles);
        }
    }

    private static List<String> children(PDOutlineItem item) {
        List<String> titles = new ArrayList<>();
        item.children().forEach(child -> titles.add(child.getTitle()));
        return titles;
    }

    private static PDOutlineItem find(PDOutlineNode node, String title) {
        for (PDOutlineItem item : node.children()) {
            if (item.getTitle().equals(title)) {
                return item;
            }
            PDOutlineItem below = find(item, title);
            if (below != null) {
                return below;
            }
        }
        return null;
    }

    private List<String> seededPlanReports() {
        return jdbc.sql("""
                select '/gemeenten/' || m.slug || '/kaders/' || f.slug || '/plannen/' || p.year || '/rapport'
                from execution_plan p join policy_framework f on f.id = p.framework_id
                join municipality m on m.id = f.municipality_id order by m.slug, f.slug, p.year""").query(String.class).list();
    }

    /** Every seeded plan's report, then every framework's. */
    private List<String> seededReports() {
        List<String> reports = new ArrayList<>(seededPlanReports());
        reports.addAll(jdbc.sql("""
                select '/gemeenten/' || m.slug || '/kaders/' || f.slug || '/rapport'
                from policy_framework f join municipality m on m.id = f.municipality_id order by m.slug, f.slug""").query(String.class).list());
        return reports;
    }

    private String westlandFramework() {
        return seededReports().stream()
                .filter(path -> path.startsWith("/gemeenten/westland/"))
                .findFirst()
                .orElseThrow();
    }

    private Document html(String report) throws Exception {
        return Jsoup.parse(fetch(report).getContentAsString());
    }

    private byte[] pdf(String report) throws Exception {
        return PDFS.computeIfAbsent(report, path -> {
            try {
                return fetch(path + ".pdf").getContentAsByteArray();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private org.springframework.mock.web.MockHttpServletResponse fetch(String path) throws Exception {
        return mvc.perform(get(path).with(as(jdbc, "manager." + path.split("/")[2])))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
    }
}
