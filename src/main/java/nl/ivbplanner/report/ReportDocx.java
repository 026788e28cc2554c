package nl.ivbplanner.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns a rendered report page into a Word document, so a griffie can take the report into its own council
 * documents: the page's headings become Word's built-in heading styles (which its contents field and navigation pane
 * read), its tables real tables whose header row repeats on every page, its lists Word lists, and the page's linked
 * contents list a contents field that Word fills in when the document opens.
 */
@Component
class ReportDocx {

    /** Word's own style ids, so a griffie's template restyles them. */
    private static final String HEADING = "Heading";

    private static final int HEADING_LEVELS = 6;
    private static final String FONT = "Arial";
    private static final String BULLET = "•";
    /** The text width of Word's default A4 page (21 cm less two margins of 2.54 cm), in twentieths of a point. */
    private static final int TEXT_WIDTH_TWIPS = 9026;
    /** The narrowest a table column gets, in percent of the table's width. */
    private static final int MIN_PERCENT = 8;

    private final MessageSource messages;

    ReportDocx(MessageSource messages) {
        this.messages = messages;
    }

    byte[] render(String html, Locale locale) {
        Document page = Jsoup.parse(html);
        page.select(".report-screen-only, .report-running, [aria-hidden=true], caption, script, style")
                .remove();
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Writer writer = new Writer(document, locale);
            writer.metadata(page);
            writer.blocks(page.body());
            document.enforceUpdateFields();
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The state of one conversion: the document and its list numberings. */
    private final class Writer {

        private final XWPFDocument document;
        private final Locale locale;
        private final XWPFNumbering numbering;
        // one bullet list instance for all bullets; each numbered list gets its own instance of decimal or letters
        private final BigInteger bullets;
        private final BigInteger decimal;
        private final BigInteger letters;

        Writer(XWPFDocument document, Locale locale) {
            this.document = document;
            this.locale = locale;
            XWPFStyles styles = document.createStyles();
            defaults(styles);
            headingStyles(styles);
            this.numbering = document.createNumbering();
            BigInteger bulletList = numbering.addAbstractNum(list(0, STNumberFormat.BULLET, BULLET, "–"));
            this.bullets = numbering.addNum(bulletList);
            this.decimal = numbering.addAbstractNum(list(1, STNumberFormat.DECIMAL, "%1.", "–"));
            this.letters = numbering.addAbstractNum(list(2, STNumberFormat.LOWER_LETTER, "%1.", "–"));
        }

        void metadata(Document page) {
            var core = document.getProperties().getCoreProperties();
            core.setTitle(page.title());
            Element author = page.selectFirst("meta[name=author]");
            if (author != null) {
                core.setCreator(author.attr("content"));
            }
            Element subject = page.selectFirst("meta[name=subject]");
            if (subject != null) {
                core.setSubjectProperty(subject.attr("content"));
            }
        }

        /** The block-level content of a container, in order; inline content between blocks becomes a paragraph. */
        void blocks(Element container) {
            XWPFParagraph loose = null;
            for (Node node : container.childNodes()) {
                if (node instanceof Element element && isBlock(element)) {
                    loose = null;
                    block(element);
                } else if (!isBlank(node)) {
                    if (loose == null) {
                        loose = document.createParagraph();
                    }
                    inline(loose, node, false, false);
                } else if (loose != null) {
                    inline(loose, node, false, false); // the space between two inline elements
                }
            }
        }

        private void block(Element element) {
            String tag = element.normalName();
            if (tag.matches("h[1-6]")) {
                heading(element, Integer.parseInt(tag.substring(1)));
            } else if (element.hasClass("report-toc")) {
                contents(element);
            } else if (tag.equals("p")) {
                paragraph(element);
            } else if (tag.equals("ul") || tag.equals("ol")) {
                list(element, 0);
            } else if (tag.equals("table")) {
                table(element);
            } else if (tag.equals("dl")) {
                definitions(element);
            } else {
                blocks(element);
            }
        }

        private void heading(Element heading, int level) {
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.setStyle(HEADING + level);
            paragraph.createRun().setText(heading.text());
        }

        /** The page's contents list with links becomes Word's contents field over the heading styles. */
        private void contents(Element toc) {
            Element title = toc.selectFirst("h1, h2, h3, h4, h5, h6");
            if (title != null) {
                heading(title, Integer.parseInt(title.normalName().substring(1)));
            }
            XWPFParagraph paragraph = document.createParagraph();
            CTSimpleField field = paragraph.getCTP().addNewFldSimple();
            field.setInstr("TOC \\o \"1-3\" \\h \\z \\u");
            field.setDirty(true);
            field.addNewR().addNewT().setStringValue(messages.getMessage("report.docx.toc.update", null, locale));
        }

        private void paragraph(Element p) {
            XWPFParagraph paragraph = document.createParagraph();
            for (Node node : p.childNodes()) {
                inline(paragraph, node, false, false);
            }
        }

        /**
         * A list as Word list paragraphs; each numbered list is its own numbering instance that starts at the list's
         * first number, as the document prints it ("4. ..." after a paragraph), instead of continuing the last one.
         */
        private void list(Element list, int depth) {
            BigInteger numId = bullets;
            if (list.nameIs("ol")) {
                numId = numbering.addNum(list.attr("type").equals("a") ? letters : decimal);
                var override = numbering.getNum(numId).getCTNum().addNewLvlOverride();
                override.setIlvl(BigInteger.ZERO);
                override.addNewStartOverride().setVal(BigInteger.valueOf(start(list)));
            }
            for (Element item : list.children()) {
                XWPFParagraph paragraph = document.createParagraph();
                paragraph.setNumID(numId);
                paragraph.setNumILvl(BigInteger.valueOf(Math.min(depth, 1)));
                for (Node node : item.childNodes()) {
                    if (node instanceof Element nested && (nested.nameIs("ul") || nested.nameIs("ol"))) {
                        list(nested, depth + 1);
                    } else {
                        inline(paragraph, node, false, false);
                    }
                }
            }
        }

        private static int start(Element list) {
            try {
                return list.hasAttr("start") ? Integer.parseInt(list.attr("start")) : 1;
            } catch (NumberFormatException e) {
                return 1;
            }
        }

        private void definitions(Element dl) {
            XWPFParagraph paragraph = null;
            for (Element child : dl.children()) {
                if (child.nameIs("dt")) {
                    paragraph = document.createParagraph();
                    XWPFRun term = paragraph.createRun();
                    term.setBold(true);
                    term.setText(child.text() + ": ");
                } else if (child.nameIs("dd") && paragraph != null) {
                    paragraph.createRun().setText(child.text());
                }
            }
        }

        /** A table with its header rows marked to repeat on every page, and each cell's own paragraphs. */
        private void table(Element html) {
            var rows = html.select("> thead > tr, > tbody > tr, > tfoot > tr, > tr");
            int columns = rows.stream()
                    .mapToInt(row -> row.select("> th, > td").stream()
                            .mapToInt(cell -> span(cell))
                            .sum())
                    .max()
                    .orElse(0);
            if (columns == 0) {
                return;
            }
            XWPFTable table = document.createTable(rows.size(), columns);
            table.setWidth("100%");
            int[] percents = columnPercents(rows, columns);
            CTTblGrid grid = table.getCTTbl().getTblGrid() != null
                    ? table.getCTTbl().getTblGrid()
                    : table.getCTTbl().addNewTblGrid();
            while (grid.sizeOfGridColArray() > 0) {
                grid.removeGridCol(0);
            }
            for (int percent : percents) {
                grid.addNewGridCol().setW(BigInteger.valueOf(TEXT_WIDTH_TWIPS * percent / 100));
            }
            for (int r = 0; r < rows.size(); r++) {
                Element row = rows.get(r);
                XWPFTableRow target = table.getRow(r);
                boolean header = row.parent() != null && row.parent().nameIs("thead");
                if (header) {
                    target.setRepeatHeader(true);
                    target.setCantSplitRow(true);
                }
                int column = 0;
                for (Element cell : row.select("> th, > td")) {
                    XWPFTableCell targetCell = target.getCell(column);
                    int span = Math.min(span(cell), columns - column);
                    int percent = 0;
                    for (int spanned = column; spanned < column + span; spanned++) {
                        percent += percents[spanned];
                    }
                    targetCell.setWidth(percent + "%");
                    if (span > 1) {
                        targetCell.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(span));
                        for (int extra = 1; extra < span; extra++) {
                            target.removeCell(column + 1);
                        }
                    }
                    cell(
                            targetCell,
                            cell,
                            header || cell.nameIs("th") && row.parent().nameIs("tfoot"));
                    column++;
                }
            }
        }

        /**
         * Each column's share of the width by how much text it holds (a verdict column narrow, a result column wide),
         * at least {@value #MIN_PERCENT}%: without widths Word gives every column the same.
         */
        private static int[] columnPercents(java.util.List<Element> rows, int columns) {
            double[] letters = new double[columns];
            for (Element row : rows) {
                int column = 0;
                for (Element cell : row.select("> th, > td")) {
                    int span = Math.min(span(cell), columns - column);
                    for (int spanned = column; spanned < column + span; spanned++) {
                        letters[spanned] += (double) cell.text().length() / span;
                    }
                    column += span;
                }
            }
            // the square root: a column with four times the text gets twice the width, not four times
            double[] shares = Arrays.stream(letters).map(Math::sqrt).toArray();
            double total = Arrays.stream(shares).sum();
            for (int column = 0; column < columns; column++) {
                shares[column] = total == 0 ? 1.0 / columns : Math.max(MIN_PERCENT / 100.0, shares[column] / total);
            }
            double scaled = Arrays.stream(shares).sum();
            int[] percents = new int[columns];
            int left = 100;
            for (int column = 0; column < columns; column++) {
                percents[column] = column == columns - 1 ? left : (int) Math.round(100 * shares[column] / scaled);
                left -= percents[column];
            }
            return percents;
        }

        private static int span(Element cell) {
            try {
                return Math.max(1, Integer.parseInt(cell.attr("colspan")));
            } catch (NumberFormatException e) {
                return 1;
            }
        }

        /** A cell's text: each block in it its own paragraph, inline text as it comes; header cells in bold. */
        private void cell(XWPFTableCell target, Element cell, boolean bold) {
            XWPFParagraph current = target.getParagraphs().get(0);
            boolean empty = true;
            boolean afterBlock = false;
            for (Node node : cell.childNodes()) {
                if (node instanceof Element element && isBlock(element)) {
                    for (String line : blockLines(element)) {
                        if (!empty) {
                            current = target.addParagraph();
                        }
                        XWPFRun run = current.createRun();
                        run.setText(line);
                        run.setBold(bold);
                        empty = false;
                    }
                    afterBlock = true;
                } else if (!isBlank(node)) {
                    if (afterBlock) {
                        current = target.addParagraph();
                        afterBlock = false;
                    }
                    inline(current, node, bold, false);
                    empty = false;
                } else if (!empty && !afterBlock) {
                    inline(current, node, bold, false); // the space between two inline elements
                }
            }
        }

        /** The lines of a block inside a table cell: each list item with its bullet, each paragraph once. */
        private java.util.List<String> blockLines(Element block) {
            if (block.nameIs("ul") || block.nameIs("ol")) {
                return block.children().stream()
                        .map(item -> BULLET + " " + item.text())
                        .toList();
            }
            return java.util.List.of(block.text());
        }

        private void inline(XWPFParagraph paragraph, Node node, boolean bold, boolean italic) {
            if (node instanceof TextNode text) {
                String value = text.text();
                if (!value.isEmpty()) {
                    XWPFRun run = paragraph.createRun();
                    run.setText(value);
                    run.setBold(bold);
                    run.setItalic(italic);
                }
            } else if (node instanceof Element element) {
                if (element.nameIs("br")) {
                    paragraph.createRun().addBreak();
                    return;
                }
                boolean strong = bold || element.nameIs("strong") || element.nameIs("b");
                boolean emphasis = italic || element.nameIs("em") || element.nameIs("i");
                for (Node child : element.childNodes()) {
                    inline(paragraph, child, strong, emphasis);
                }
            }
        }

        private static boolean isBlank(Node node) {
            return node instanceof TextNode text && text.isBlank();
        }

        private static boolean isBlock(Element element) {
            return switch (element.normalName()) {
                case "p",
                        "div",
                        "section",
                        "article",
                        "header",
                        "footer",
                        "main",
                        "nav",
                        "aside",
                        "ul",
                        "ol",
                        "dl",
                        "table",
                        "blockquote",
                        "figure",
                        "h1",
                        "h2",
                        "h3",
                        "h4",
                        "h5",
                        "h6" -> true;
                default -> false;
            };
        }

        /**
         * The document's defaults: a sans-serif font every Word has, in 10 points, Dutch, as the reports' content is whatever the interface language (Word's spelling
         * check follows it), and some space after each paragraph, as the page has, instead of Word's bare none.
         */
        private static void defaults(XWPFStyles styles) {
            CTStyles own = CTStyles.Factory.newInstance();
            var defaults = own.addNewDocDefaults();
            var run = defaults.addNewRPrDefault().addNewRPr();
            run.addNewLang().setVal("nl-NL");
            var fonts = run.addNewRFonts();
            fonts.setAscii(FONT);
            fonts.setHAnsi(FONT);
            fonts.setCs(FONT);
            run.addNewSz().setVal(BigInteger.valueOf(20));
            defaults.addNewPPrDefault().addNewPPr().addNewSpacing().setAfter(BigInteger.valueOf(120));
            styles.setStyles(own);
        }

        /** Heading 1..6 as Word names them, with the outline level its contents field and navigation read. */
        private void headingStyles(XWPFStyles styles) {
            for (int level = 1; level <= HEADING_LEVELS; level++) {
                CTStyle style = CTStyle.Factory.newInstance();
                style.setStyleId(HEADING + level);
                style.setType(STStyleType.PARAGRAPH);
                style.addNewName().setVal("heading " + level);
                style.addNewBasedOn().setVal("Normal");
                style.addNewNext().setVal("Normal");
                style.addNewQFormat();
                var paragraph = style.addNewPPr();
                paragraph.addNewKeepNext();
                paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
                paragraph.addNewSpacing().setBefore(BigInteger.valueOf(level == 1 ? 360 : 240));
                var run = style.addNewRPr();
                run.addNewB();
                run.addNewSz().setVal(BigInteger.valueOf(Math.max(22, 36 - (level - 1) * 4)));
                styles.addStyle(new XWPFStyle(style));
            }
        }

        /** A list definition indented like Word's own: the given format, and dashes for the items below an item. */
        private XWPFAbstractNum list(int id, STNumberFormat.Enum format, String text, String subItem) {
            CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
            abstractNum.setAbstractNumId(BigInteger.valueOf(id));
            level(abstractNum, 0, format, text);
            level(abstractNum, 1, STNumberFormat.BULLET, subItem);
            return new XWPFAbstractNum(abstractNum);
        }

        private static void level(CTAbstractNum list, int depth, STNumberFormat.Enum format, String text) {
            CTLvl level = list.addNewLvl();
            level.setIlvl(BigInteger.valueOf(depth));
            level.addNewNumFmt().setVal(format);
            level.addNewLvlText().setVal(text);
            level.addNewStart().setVal(BigInteger.ONE);
            var indent = level.addNewPPr().addNewInd();
            indent.setLeft(BigInteger.valueOf(720L * (depth + 1)));
            indent.setHanging(BigInteger.valueOf(360));
        }
    }
}
