package nl.ivbplanner.export;

import java.util.EnumMap;
import java.util.Map;
import nl.ivbplanner.kpi.KpiUnit;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The few cell styles of an export, created once per workbook (Excel allows only a limited number). */
public final class WorkbookStyles {

    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle euro;
    private final CellStyle decimal;
    private final CellStyle whole;
    private final CellStyle date;
    private final CellStyle reference;
    private final Map<KpiUnit, CellStyle> kpiValues = new EnumMap<>(KpiUnit.class);

    public WorkbookStyles(XSSFWorkbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = wrapped(workbook);
        header.setFont(bold);
        text = wrapped(workbook);
        euro = formatted(workbook, "€ #,##0.00");
        decimal = formatted(workbook, "#,##0.00");
        whole = formatted(workbook, "0");
        date = formatted(workbook, "dd-mm-yyyy");
        // light grey behind black text: set apart, and still well readable (contrast above 10:1)
        reference = formatted(workbook, "0");
        reference.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        reference.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        CellStyle plain = formatted(workbook, "General");
        for (KpiUnit unit : KpiUnit.values()) {
            kpiValues.put(
                    unit,
                    switch (unit) {
                        case GRADE -> formatted(workbook, "0.0#");
                        case PERCENTAGE -> formatted(workbook, "General\"%\"");
                        case EUROS -> euro;
                        default -> plain;
                    });
        }
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

    /** A KPI value with the decimals it has, as the plan prints it: a report mark with one, a percentage with %. */
    CellStyle kpiValue(KpiUnit unit) {
        return kpiValues.get(unit);
    }

    /** Two decimals, for fte. */
    public CellStyle decimal() {
        return decimal;
    }

    /** No thousands separator, for years. */
    public CellStyle whole() {
        return whole;
    }

    public CellStyle date() {
        return date;
    }

    /** The activity's id ('Kenmerk'): a whole number, greyed, not to be changed. */
    CellStyle reference() {
        return reference;
    }
}
