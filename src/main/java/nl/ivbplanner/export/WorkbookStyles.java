package nl.ivbplanner.export;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The few cell styles of an export, created once per workbook (Excel allows only a limited number). */
final class WorkbookStyles {

    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle euro;
    private final CellStyle decimal;
    private final CellStyle whole;
    private final CellStyle date;

    WorkbookStyles(XSSFWorkbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = wrapped(workbook);
        header.setFont(bold);
        text = wrapped(workbook);
        euro = formatted(workbook, "€ #,##0.00");
        decimal = formatted(workbook, "#,##0.00");
        whole = formatted(workbook, "0");
        date = formatted(workbook, "dd-mm-yyyy");
    }

    private static CellStyle wrapped(XSSFWorkbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    private static CellStyle formatted(XSSFWorkbook workbook, String format) {
        CellStyle style = wrapped(workbook);
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    CellStyle header() {
        return header;
    }

    CellStyle text() {
        return text;
    }

    CellStyle euro() {
        return euro;
    }

    /** Two decimals, for fte and KPI values. */
    CellStyle decimal() {
        return decimal;
    }

    /** No thousands separator, for years. */
    CellStyle whole() {
        return whole;
    }

    CellStyle date() {
        return date;
    }
}
