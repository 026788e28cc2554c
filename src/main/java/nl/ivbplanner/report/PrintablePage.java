package nl.ivbplanner.report;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * What a rendered report page needs before it is printed as PDF, and the screen does not: an outline (bookmarks)
 * built from its headings, and no line breaks inside the figures a council member reads as one word. Done on the
 * parsed page, so the templates and the shared number formatting stay as the screen wants them.
 */
final class PrintablePage {

    /** The class of the spans that keep a figure on one line; report-pdf.css gives it white-space: nowrap. */
    static final String NOWRAP = "report-nowrap";

    /**
     * Year ranges ("2026/2027", "2024-2027", "2024 – 2027") and amounts ("€ 5.615.000", "€ 1.250,50"): a break
     * inside would leave half a figure at the end of a line.
     */
    static final Pattern UNBREAKABLE = Pattern.compile(
            "\\b(?:19|20)\\d{2}\\s?[/\\-–]\\s?(?:19|20)?\\d{2}(?:\\d{2})?\\b" + "|€\\s?-?\\d[\\d.]*(?:,(?:\\d+|-))?");

    /** The class of a table's first body row, which report-pdf.css lets break across pages. */
    static final String FIRST_ROW = "report-first-row";

    private static final String HEADINGS = "h1, h2, h3, h4, h5, h6";

    private PrintablePage() {}

    /** Prepares the page in place. */
    static void prepare(Document page) {
        bookmarks(page);
        keepHeadersWithTheirFirstRow(page.body());
        keepFiguresTogether(page.body());
    }

    /**
     * openhtmltopdf turns a {@code <bookmarks>} element in the head into the PDF's outline; each heading becomes one,
     * nested below the nearest heading of a higher level before it. Headings in the hidden running header are not
     * part of the document's structure and stay out.
     */
    private static void bookmarks(Document page) {
        Elements headings = page.body().select(HEADINGS);
        headings.removeIf(heading -> heading.closest("[aria-hidden=true]") != null);
        if (headings.isEmpty()) {
            return;
        }
        Element root = page.head().appendElement("bookmarks");
        Deque<Level> open = new ArrayDeque<>();
        int generated = 0;
        for (Element heading : headings) {
            String text = heading.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            if (heading.id().isEmpty()) {
                heading.id("kop-" + ++generated);
            }
            int level = Integer.parseInt(heading.tagName().substring(1));
            while (!open.isEmpty() && open.peek().level() >= level) {
                open.pop();
            }
            Element parent = open.isEmpty() ? root : open.peek().bookmark();
            Element bookmark =
                    parent.appendElement("bookmark").attr("name", text).attr("href", "#" + heading.id());
            open.push(new Level(level, bookmark));
        }
    }

    private record Level(int level, Element bookmark) {}

    /**
     * Rows do not break across pages, so a first row taller than what is left of a page would move to the next one
     * and leave the table's header alone at the bottom. The first row may break instead: the header always has at
     * least the start of a row below it. The header itself repeats on every page (thead as table-header-group).
     */
    private static void keepHeadersWithTheirFirstRow(Element body) {
        for (Element table : body.select("table:has(> thead)")) {
            Element first = table.selectFirst("> tbody > tr");
            if (first != null) {
                first.addClass(FIRST_ROW);
            }
        }
    }

    /** Wraps each unbreakable figure in the body's text in a nowrap span. */
    private static void keepFiguresTogether(Element body) {
        List<TextNode> texts = body.select("*").stream()
                .flatMap(element -> element.textNodes().stream())
                .filter(text -> UNBREAKABLE.matcher(text.getWholeText()).find())
                .toList();
        for (TextNode text : texts) {
            wrapFigures(text);
        }
    }

    private static void wrapFigures(TextNode text) {
        String whole = text.getWholeText();
        Matcher figure = UNBREAKABLE.matcher(whole);
        int start = 0;
        TextNode last = text; // keeps what follows the last figure
        while (figure.find()) {
            if (figure.start() > start) {
                last.before(new TextNode(whole.substring(start, figure.start())));
            }
            last.before(new Element("span").addClass(NOWRAP).text(figure.group()));
            start = figure.end();
        }
        last.text(whole.substring(start));
    }
}
