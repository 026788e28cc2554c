package nl.ivbplanner.planimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Writes Word documents for the import tests as a municipality's office would have them: real heading styles (Word's
 * 'Heading1' or the Dutch 'Kop1', each with its outline level), bullet and numbered lists as Word lists, tables whose
 * cells hold one paragraph per line. Text in the app's stored form ("- " items, "1. " items, paragraphs separated by an
 * empty line) goes in as Word structure, so reading it back proves the reader turns the structure into that text.
 */
final class DocxWriter implements AutoCloseable {

    private static final Pattern NUMBERED = Pattern.compile("(\\d+)\\. (.*)", Pattern.DOTALL);
    private static final Pattern LETTERED = Pattern.compile("([a-z])\\. (.*)", Pattern.DOTALL);

    private final XWPFDocument document = new XWPFDocument();
    private final XWPFNumbering numbering;
    private final BigInteger bullets;
    private final BigInteger decimalList;
    private final BigInteger letterList;
    private final String headingStyle;
    private int tables;

    /** @param headingStyle "Heading" (Word in English) or "Kop" (Word in Dutch) */
    DocxWriter(String headingStyle) {
        this(headingStyle, 0);
    }

    /**
     * @param numberedFrom 0 for headings without numbers; else the heading styles 1 and 2 are numbered by Word itself,
     *     as a municipality's template does ('3.' and '3.1', chapters from this number on); the number is in no text
     */
    DocxWriter(String headingStyle, int numberedFrom) {
        this.headingStyle = headingStyle;
        numbering = document.createNumbering();
        bullets = numbering.addNum(numbering.addAbstractNum(list(0, STNumberFormat.BULLET, "•")));
        decimalList = numbering.addAbstractNum(list(1, STNumberFormat.DECIMAL, "%1."));
        letterList = numbering.addAbstractNum(list(2, STNumberFormat.LOWER_LETTER, "%1."));
        BigInteger headingNumbers = numberedFrom > 0 ? headingNumbering(numberedFrom) : null;
        XWPFStyles styles = document.createStyles();
        for (int level = 1; level <= 4; level++) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId(headingStyle + level);
            style.setType(STStyleType.PARAGRAPH);
            style.addNewName().setVal((headingStyle.equals("Kop") ? "Kop " : "heading ") + level);
            var paragraph = style.addNewPPr();
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
            if (headingNumbers != null && level <= 2) {
                var numPr = paragraph.addNewNumPr();
                numPr.addNewIlvl().setVal(BigInteger.valueOf(level - 1));
                numPr.addNewNumId().setVal(headingNumbers);
            }
            style.addNewRPr().addNewB();
            styles.addStyle(new XWPFStyle(style));
        }
        CTStyle title = CTStyle.Factory.newInstance();
        title.setStyleId("Title");
        title.setType(STStyleType.PARAGRAPH);
        title.addNewName().setVal("Title");
        styles.addStyle(new XWPFStyle(title));
    }

    private BigInteger headingNumbering(int first) {
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.valueOf(9));
        String[] texts = {"%1.", "%1.%2"};
        for (int level = 0; level < texts.length; level++) {
            CTLvl lvl = abstractNum.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(level));
            lvl.addNewStart().setVal(BigInteger.valueOf(level == 0 ? first : 1));
            lvl.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
            lvl.addNewLvlText().setVal(texts[level]);
            lvl.addNewPStyle().setVal(headingStyle + (level + 1));
        }
        return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abstractNum)));
    }

    void title(String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle("Title");
        paragraph.createRun().setText(text);
    }

    void heading(int level, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(headingStyle + level);
        paragraph.createRun().setText(text);
    }

    /** A paragraph in bold, with no heading style (a lead-in that the reader must not take for a heading). */
    void boldParagraph(String text) {
        XWPFRun run = document.createParagraph().createRun();
        run.setBold(true);
        run.setText(text);
    }

    /** A paragraph inside a content control (a template's 'Klik hier om tekst in te voeren' field). */
    void contentControl(String text) {
        var control = document.getDocument().getBody().addNewSdt();
        control.addNewSdtPr().addNewAlias().setVal("Toelichting");
        control.addNewSdtContent().addNewP().addNewR().addNewT().setStringValue(text);
    }

    void emptyParagraph() {
        document.createParagraph();
    }

    /**
     * Stored text as Word paragraphs: blocks separated by an empty line are paragraphs; a block whose every line is a
     * list item ("- ", "1. ", "a. ") is a Word list (an empty paragraph between two lists, as Word users separate
     * them); any other block is one paragraph with line breaks.
     */
    void body(String text) {
        if (text == null || text.isEmpty()) {
            return;
        }
        boolean previousWasList = false;
        for (String block : text.split("\n\n", -1)) {
            List<String> lines = List.of(block.split("\n", -1));
            boolean list = lines.stream().allMatch(DocxWriter::isListLine);
            if (list) {
                if (previousWasList) {
                    emptyParagraph();
                }
                listParagraphs(lines, document::createParagraph);
            } else {
                lines(document.createParagraph(), lines);
            }
            previousWasList = list;
        }
    }

    /** A table with a header row and rows of cells in stored text form (null for an empty cell). */
    XWPFTable table(List<String> headers, List<List<String>> rows) {
        XWPFTable table = document.createTable(rows.size() + 1, headers.size());
        tables++;
        for (int c = 0; c < headers.size(); c++) {
            cell(table.getRow(0).getCell(c), headers.get(c));
        }
        table.getRow(0).setRepeatHeader(true);
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < headers.size(); c++) {
                cell(table.getRow(r + 1).getCell(c), rows.get(r).get(c));
            }
        }
        return table;
    }

    /** A table of rows only, no header row (the second half of a table split at a page break). */
    XWPFTable rowsOnly(List<List<String>> rows) {
        XWPFTable table = document.createTable(rows.size(), rows.get(0).size());
        tables++;
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                cell(table.getRow(r).getCell(c), rows.get(r).get(c));
            }
        }
        return table;
    }

    int tables() {
        return tables;
    }

    /** A cell's text: one paragraph per line, list lines as Word list items, an empty line as an empty paragraph. */
    void cell(XWPFTableCell cell, String text) {
        while (cell.getParagraphs().size() > 1) {
            cell.removeParagraph(1);
        }
        if (text == null) {
            return;
        }
        XWPFParagraph first = cell.getParagraphs().get(0);
        List<String> lines = List.of(text.split("\n", -1));
        int[] next = {0};
        listParagraphs(lines, () -> next[0]++ == 0 ? first : cell.addParagraph());
    }

    /** Merges a cell with the one above it (Word's vertical merge); the cell's own text is removed. */
    static void continueMergeAbove(XWPFTableCell cell) {
        CTTcPr properties = cell.getCTTc().isSetTcPr()
                ? cell.getCTTc().getTcPr()
                : cell.getCTTc().addNewTcPr();
        properties.addNewVMerge().setVal(STMerge.CONTINUE);
    }

    static void startMerge(XWPFTableCell cell) {
        CTTcPr properties = cell.getCTTc().isSetTcPr()
                ? cell.getCTTc().getTcPr()
                : cell.getCTTc().addNewTcPr();
        properties.addNewVMerge().setVal(STMerge.RESTART);
    }

    /** Makes the row's cell at {@code from} span {@code span} grid columns, removing the cells it covers. */
    static void span(XWPFTableRow row, int from, int span) {
        XWPFTableCell cell = row.getCell(from);
        CTTcPr properties = cell.getCTTc().isSetTcPr()
                ? cell.getCTTc().getTcPr()
                : cell.getCTTc().addNewTcPr();
        properties.addNewGridSpan().setVal(BigInteger.valueOf(span));
        for (int extra = 1; extra < span; extra++) {
            row.removeCell(from + 1);
        }
    }

    byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        document.close();
    }

    private interface ParagraphSource {
        XWPFParagraph next();
    }

    /**
     * Lines as paragraphs: list items as Word list items, a run of numbered items as one numbering that starts at
     * the first item's number; any other line as a plain paragraph.
     */
    private void listParagraphs(List<String> lines, ParagraphSource paragraphs) {
        BigInteger numbered = null;
        String kind = "";
        for (String line : lines) {
            XWPFParagraph paragraph = paragraphs.next();
            Matcher number = NUMBERED.matcher(line);
            Matcher letter = LETTERED.matcher(line);
            if (line.startsWith("- ")) {
                paragraph.setNumID(bullets);
                paragraph.createRun().setText(line.substring(2));
                kind = "-";
            } else if (number.matches() || letter.matches()) {
                Matcher item = number.matches() ? number : letter;
                String itemKind = number.matches() ? "1" : "a";
                if (numbered == null || !kind.equals(itemKind)) {
                    numbered = numbering.addNum(itemKind.equals("1") ? decimalList : letterList);
                    var override = numbering.getNum(numbered).getCTNum().addNewLvlOverride();
                    override.setIlvl(BigInteger.ZERO);
                    int start = itemKind.equals("1")
                            ? Integer.parseInt(item.group(1))
                            : item.group(1).charAt(0) - 'a' + 1;
                    override.addNewStartOverride().setVal(BigInteger.valueOf(start));
                }
                paragraph.setNumID(numbered);
                paragraph.setNumILvl(BigInteger.ZERO);
                paragraph.createRun().setText(item.group(2));
                kind = itemKind;
            } else {
                if (!line.isEmpty()) {
                    paragraph.createRun().setText(line);
                }
                kind = "";
                numbered = null;
            }
        }
    }

    private static boolean isListLine(String line) {
        return line.startsWith("- ")
                || NUMBERED.matcher(line).matches()
                || LETTERED.matcher(line).matches();
    }

    /** Lines in one paragraph, each in its own run followed by a line break (Shift+Enter) but the last. */
    private static void lines(XWPFParagraph paragraph, List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            XWPFRun run = paragraph.createRun();
            run.setText(lines.get(i));
            if (i < lines.size() - 1) {
                run.addBreak();
            }
        }
    }

    private static XWPFAbstractNum list(int id, STNumberFormat.Enum format, String text) {
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.valueOf(id));
        CTLvl level = abstractNum.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewNumFmt().setVal(format);
        level.addNewLvlText().setVal(text);
        level.addNewStart().setVal(BigInteger.ONE);
        return new XWPFAbstractNum(abstractNum);
    }
}
