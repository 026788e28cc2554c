package nl.ivbplanner.planimport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A Word table laid out on its grid, merged cells resolved: a cell spanning columns (gridSpan) gives its one value to
 * every column it spans, and a cell that continues a vertical merge (vMerge without 'restart') takes the value of the
 * cell above it. Each row also keeps which texts were its own, so an empty row (only merged cells from above) and a
 * sub-heading row (one cell of text, the rest empty or spanned) can be told apart.
 */
final class DocumentTable {

    /** One row: the text per grid column (null when empty), and the texts the row's own cells hold. */
    record Row(int number, List<String> values, List<String> ownTexts, boolean firstCellSpansAll) {

        boolean isEmpty() {
            return ownTexts.isEmpty();
        }

        String value(int column) {
            return column < values.size() ? values.get(column) : null;
        }
    }

    private DocumentTable() {}

    static List<Row> rows(XWPFTable table, DocumentText text) {
        List<Row> rows = new ArrayList<>();
        Map<Integer, String> above = new HashMap<>();
        int width = 0;
        List<List<Cell>> cellsPerRow = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            List<Cell> cells = new ArrayList<>();
            int column = gridBefore(row);
            for (XWPFTableCell cell : row.getTableCells()) {
                int span = span(cell);
                cells.add(new Cell(column, span, continuesMerge(cell), cellText(cell, text)));
                column += span;
            }
            width = Math.max(width, column);
            cellsPerRow.add(cells);
        }
        int number = 0;
        for (List<Cell> cells : cellsPerRow) {
            number++;
            List<String> values = new ArrayList<>();
            for (int column = 0; column < width; column++) {
                values.add(null);
            }
            List<String> own = new ArrayList<>();
            for (Cell cell : cells) {
                for (int column = cell.column; column < cell.column + cell.span && column < width; column++) {
                    String value = cell.continued ? above.get(column) : cell.text;
                    values.set(column, value);
                }
                if (!cell.continued && cell.text != null) {
                    own.add(cell.text);
                }
            }
            for (int column = 0; column < width; column++) {
                above.put(column, values.get(column));
            }
            boolean spansAll = !cells.isEmpty() && cells.get(0).column == 0 && cells.get(0).span >= width && width > 1;
            rows.add(new Row(number, values, own, spansAll));
        }
        return rows;
    }

    private record Cell(int column, int span, boolean continued, String text) {}

    private static int gridBefore(XWPFTableRow row) {
        var properties = row.getCtRow().getTrPr();
        if (properties == null || properties.sizeOfGridBeforeArray() == 0) {
            return 0;
        }
        return properties.getGridBeforeArray(0).getVal().intValue();
    }

    private static int span(XWPFTableCell cell) {
        CTTcPr properties = cell.getCTTc().getTcPr();
        if (properties == null || properties.getGridSpan() == null) {
            return 1;
        }
        return Math.max(1, properties.getGridSpan().getVal().intValue());
    }

    private static boolean continuesMerge(XWPFTableCell cell) {
        CTTcPr properties = cell.getCTTc().getTcPr();
        if (properties == null || properties.getVMerge() == null) {
            return false;
        }
        var value = properties.getVMerge().getVal();
        return value == null || value == STMerge.CONTINUE;
    }

    /**
     * A cell's text verbatim, trimmed: its paragraphs one per line, a list item with its marker ("- ", "1. "), an
     * empty paragraph as an empty line; null when the cell holds no text. Tables nested in a cell are not read.
     */
    static String cellText(XWPFTableCell cell, DocumentText text) {
        StringJoiner lines = new StringJoiner("\n");
        for (XWPFParagraph paragraph : cell.getParagraphs()) {
            String line = DocumentText.text(paragraph);
            String marker = line.isEmpty() ? null : text.listMarker(paragraph);
            lines.add(marker == null ? line : marker + line);
        }
        String joined = lines.toString().strip();
        return joined.isEmpty() ? null : joined;
    }
}
