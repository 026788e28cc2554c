package nl.ivbplanner.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Writes one sheet as a table (every export of the app, the region's too): a bold header row that stays in view and carries a filter, then one row per
 * record. Numbers and dates become typed cells, so that Excel can sum, sort and filter them.
 */
public final class SheetWriter {

    /** Excel measures column widths in 1/256 of a character. */
    private static final int CHARACTER = 256;

    /** Longer text makes POI refuse the whole workbook, so one overlong cell is cut rather than the export lost. */
    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private final XSSFSheet sheet;
    private final WorkbookStyles styles;
    private final int columns;
    private Row row;
    private int column;

    public SheetWriter(XSSFSheet sheet, WorkbookStyles styles, List<String> headers, List<Integer> widths) {
        this.sheet = sheet;
        this.styles = styles;
        this.columns = headers.size();
        Row header = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(styles.header());
            sheet.setColumnWidth(i, widths.get(i) * CHARACTER);
        }
        sheet.createFreezePane(0, 1);
    }

    public SheetWriter nextRow() {
        row = sheet.createRow(sheet.getLastRowNum() + 1);
        column = 0;
        return this;
    }

    public SheetWriter text(String value) {
        Cell cell = row.createCell(column++);
        cell.setCellStyle(styles.text());
        if (value != null) {
            cell.setCellValue(value.length() <= MAX_TEXT ? value : value.substring(0, MAX_TEXT - 1) + "…");
        }
        return this;
    }

    public SheetWriter number(BigDecimal value, CellStyle style) {
        Cell cell = row.createCell(column++);
        cell.setCellStyle(style);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
        return this;
    }

    /** A number where there is one, otherwise the text as printed in the plan (e.g. 'PM'), otherwise empty. */
    public SheetWriter numberOrText(BigDecimal value, String printed, CellStyle style) {
        return value != null || printed == null ? number(value, style) : text(printed);
    }

    /** A row's id (activity, KPI, measurement) as a whole number on a grey ground, set apart from the texts people edit. */
    SheetWriter reference(long id) {
        Cell cell = row.createCell(column++);
        cell.setCellStyle(styles.reference());
        cell.setCellValue(id);
        return this;
    }

    /** A note on a header cell, shown when the pointer rests on it (Excel's red corner, LibreOffice's comment). */
    void noteOnHeader(int index, String text) {
        Cell cell = sheet.getRow(0).getCell(index);
        ClientAnchor anchor = sheet.getWorkbook().getCreationHelper().createClientAnchor();
        anchor.setCol1(index + 1);
        anchor.setCol2(index + 4);
        anchor.setRow1(0);
        anchor.setRow2(4);
        Comment comment = sheet.createDrawingPatriarch().createCellComment(anchor);
        comment.setString(new XSSFRichTextString(text));
        comment.setAuthor("IVB Planner");
        cell.setCellComment(comment);
    }

    /** Styles every cell of a column below the header, so rows typed in later look the same (the Kenmerk column). */
    void columnStyle(int index, CellStyle style) {
        sheet.setDefaultColumnStyle(index, style);
    }

    public SheetWriter date(LocalDate value) {
        Cell cell = row.createCell(column++);
        cell.setCellStyle(styles.date());
        if (value != null) {
            cell.setCellValue(value);
        }
        return this;
    }

    /** The filter covers the header and every row written, so call this last. */
    public void addFilter() {
        sheet.setAutoFilter(new CellRangeAddress(0, sheet.getLastRowNum(), 0, columns - 1));
    }
}
