package nl.ivbplanner.planimport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;

/**
 * One of the export's sheets besides the activities, read back: found by its name in Dutch or English, its header row
 * (one of the first rows, in case someone added a title above) and its columns by the export's header texts in either
 * language, in any order. A formula counts as an empty cell: the workbook reader reports every formula already.
 */
final class ExportedSheet {

    /** Dutch first: the language of the app; English for a workbook exported in English. */
    private static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH);

    private static final int HEADER_SEARCH_ROWS = 10;

    /** A literal text in a number format, such as the "%" after the export's percentages. */
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"");

    private final Sheet sheet;
    private final int headerRow;
    private final Map<String, Integer> columns;
    private final Map<String, String> headers;

    private ExportedSheet(Sheet sheet, int headerRow, Map<String, Integer> columns, Map<String, String> headers) {
        this.sheet = sheet;
        this.headerRow = headerRow;
        this.columns = columns;
        this.headers = headers;
    }

    /**
     * The sheet of that name with a header row holding the column {@code requiredKey}; empty when the workbook has
     * none (the import template, an older export).
     */
    static Optional<ExportedSheet> find(
            XSSFWorkbook workbook,
            MessageSource messages,
            String sheetKey,
            String requiredKey,
            List<String> headerKeys) {
        List<String> names = LANGUAGES.stream()
                .map(language -> PlanWorkbookReader.normal(messages.getMessage(sheetKey, null, language)))
                .toList();
        Map<String, String> keysByHeader = new HashMap<>();
        for (Locale language : LANGUAGES) {
            headerKeys.forEach(key ->
                    keysByHeader.putIfAbsent(PlanWorkbookReader.normal(messages.getMessage(key, null, language)), key));
        }
        for (Sheet sheet : workbook) {
            if (names.contains(PlanWorkbookReader.normal(sheet.getSheetName()))) {
                Optional<ExportedSheet> found = header(sheet, keysByHeader, requiredKey);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The name of a sheet of that name that holds rows but has no header with the column {@code requiredKey}, so that
     * it cannot be read: a problem rather than rows silently left alone.
     */
    static Optional<String> unreadable(
            XSSFWorkbook workbook,
            MessageSource messages,
            String sheetKey,
            String requiredKey,
            List<String> headerKeys) {
        if (find(workbook, messages, sheetKey, requiredKey, headerKeys).isPresent()) {
            return Optional.empty();
        }
        List<String> names = LANGUAGES.stream()
                .map(language -> PlanWorkbookReader.normal(messages.getMessage(sheetKey, null, language)))
                .toList();
        for (Sheet sheet : workbook) {
            if (names.contains(PlanWorkbookReader.normal(sheet.getSheetName())) && sheet.getLastRowNum() > 0) {
                return Optional.of(sheet.getSheetName());
            }
        }
        return Optional.empty();
    }

    private static Optional<ExportedSheet> header(Sheet sheet, Map<String, String> keysByHeader, String requiredKey) {
        DataFormatter formatter = PlanWorkbookReader.formatter();
        int last = Math.min(sheet.getLastRowNum(), HEADER_SEARCH_ROWS - 1);
        for (int r = Math.max(sheet.getFirstRowNum(), 0); r <= last; r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Map<String, Integer> columns = new HashMap<>();
            Map<String, String> headers = new HashMap<>();
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.FORMULA) {
                    continue;
                }
                String header = formatter.formatCellValue(cell).strip();
                String key = keysByHeader.get(PlanWorkbookReader.normal(header));
                if (key != null && !columns.containsKey(key)) {
                    columns.put(key, cell.getColumnIndex());
                    headers.put(key, header);
                }
            }
            if (columns.containsKey(requiredKey)) {
                return Optional.of(new ExportedSheet(sheet, r, columns, headers));
            }
        }
        return Optional.empty();
    }

    /** The column's header as written in the sheet, for the place of a problem. */
    String header(String key) {
        return headers.get(key);
    }

    /** The rows below the header that hold something, in sheet order. */
    List<SheetRow> rows() {
        List<SheetRow> rows = new ArrayList<>();
        DataFormatter formatter = PlanWorkbookReader.formatter();
        for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            SheetRow read = new SheetRow(row, formatter);
            if (columns.keySet().stream().anyMatch(key -> read.text(key) != null)) {
                rows.add(read);
            }
        }
        return rows;
    }

    /** One row: its cells by the export's header keys, as Excel shows them in Dutch or as typed values. */
    final class SheetRow {

        private final Row row;
        private final DataFormatter formatter;

        private SheetRow(Row row, DataFormatter formatter) {
            this.row = row;
            this.formatter = formatter;
        }

        /** Where the row is, as Excel numbers it. */
        SourcePlace place() {
            return SourcePlace.of(sheet.getSheetName(), row.getRowNum() + 1);
        }

        /** Where a cell of this row is, for a problem. */
        SourcePlace place(String key) {
            return place().column(headers.get(key));
        }

        int number() {
            return row.getRowNum() + 1;
        }

        /** The cell as shown (a decimal with a comma, a date as d-m-jjjj), stripped; null when empty or absent. */
        String text(String key) {
            Cell cell = cell(key);
            if (cell == null) {
                return null;
            }
            String text = formatter.formatCellValue(cell).strip();
            return text.isEmpty() ? null : text;
        }

        /**
         * The number a number cell shows: 60 for a cell Excel formats as a percentage (typing 60% keeps 0.6 with the
         * format 0%), as the export writes percentages (60 with a literal "%"); null for a text cell or an empty one.
         */
        BigDecimal number(String key) {
            Cell cell = cell(key);
            if (cell == null || cell.getCellType() != CellType.NUMERIC) {
                return null;
            }
            BigDecimal kept = new BigDecimal(Double.toString(cell.getNumericCellValue()));
            String format =
                    QUOTED.matcher(cell.getCellStyle().getDataFormatString()).replaceAll("");
            return format.contains("%") ? kept.movePointRight(2) : kept;
        }

        /** The date a date cell holds; null for any other cell. */
        LocalDate date(String key) {
            Cell cell = cell(key);
            return cell == null || cell.getCellType() != CellType.NUMERIC || !DateUtil.isCellDateFormatted(cell)
                    ? null
                    : cell.getLocalDateTimeCellValue().toLocalDate();
        }

        private Cell cell(String key) {
            Integer column = columns.get(key);
            Cell cell = column == null ? null : row.getCell(column);
            return cell == null || cell.getCellType() == CellType.FORMULA ? null : cell;
        }
    }
}
