package nl.ivbplanner.planimport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import nl.ivbplanner.common.DutchNumbers;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;

/**
 * A budget or formation sheet of the exported workbook as the import reads it: found by its name in Dutch or English;
 * its header row is the first of its first rows with two of its columns, which are found by their header text in
 * either language and in any order. Each row that holds something comes with its place, its Kenmerk (as on the
 * activity sheet: a whole number, in one row only) and the cells of the known columns. A formula in a known column
 * leaves the row's values out: the workbook reader reports every formula, and the import takes no calculated value.
 */
final class PlanTableSheet {

    /** The header may be below a title row or two that someone added above the table. */
    private static final int HEADER_SEARCH_ROWS = 10;

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]{1,15}");

    /** Dutch first, like the activity sheet: the sheets and headers of an export in either language are read. */
    static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH);

    /** The message key of a number that breaks the rules: {@code prefix} with the reason ('invalid', 'negative', ...). */
    static String numberProblem(String prefix, DutchNumbers.Problem problem) {
        return prefix
                + switch (problem) {
                    case NOT_A_NUMBER -> "invalid";
                    case NEGATIVE -> "negative";
                    case TOO_MANY_DECIMALS -> "too-many-decimals";
                    case TOO_LARGE -> "too-large";
                };
    }

    /** A stored text as the sheet shows it: stripped, and null when blank. */
    static String shown(String stored) {
        return stored == null || stored.isBlank() ? null : stored.strip();
    }

    /** One kind of table sheet: its names and its column headers in Dutch and English, each column by its key. */
    static final class Kind {

        private final Set<String> names = new HashSet<>();
        private final Map<String, String> keysByHeader = new HashMap<>();
        private final String idKey;

        /** {@code idKey} is the header key of the Kenmerk column, one of {@code columnKeys}. */
        Kind(MessageSource messages, String sheetKey, String idKey, List<String> columnKeys) {
            this.idKey = idKey;
            for (Locale language : LANGUAGES) {
                names.add(PlanWorkbookReader.normal(messages.getMessage(sheetKey, null, language)));
                columnKeys.forEach(key -> keysByHeader.putIfAbsent(
                        PlanWorkbookReader.normal(messages.getMessage(key, null, language)), key));
            }
        }

        /**
         * The workbook's sheet of this kind, or null when it has none; {@code labels} names a column the sheet
         * lacks in the user's language.
         */
        PlanTableSheet in(XSSFWorkbook workbook, Function<String, String> labels) {
            for (Sheet sheet : workbook) {
                if (names.contains(PlanWorkbookReader.normal(sheet.getSheetName()))) {
                    return new PlanTableSheet(this, sheet, labels);
                }
            }
            return null;
        }
    }

    private final Kind kind;
    private final Sheet sheet;
    private final Function<String, String> labels;
    private final DataFormatter formatter = PlanWorkbookReader.formatter();
    private final Map<String, Integer> columns = new HashMap<>();
    private final Map<String, String> headers = new HashMap<>();
    private int headerRow = -1;

    private PlanTableSheet(Kind kind, Sheet sheet, Function<String, String> labels) {
        this.kind = kind;
        this.sheet = sheet;
        this.labels = labels;
        findHeader();
    }

    private void findHeader() {
        int last = Math.min(sheet.getLastRowNum(), HEADER_SEARCH_ROWS - 1);
        for (int r = Math.max(sheet.getFirstRowNum(), 0); r <= last; r++) {
            org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Map<String, Integer> found = new HashMap<>();
            Map<String, String> written = new HashMap<>();
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.FORMULA) {
                    continue;
                }
                String header = formatter.formatCellValue(cell).strip();
                String key = kind.keysByHeader.get(PlanWorkbookReader.normal(header));
                if (key != null && found.putIfAbsent(key, cell.getColumnIndex()) == null) {
                    written.put(key, header);
                }
            }
            if (found.size() >= 2) {
                headerRow = r;
                columns.putAll(found);
                headers.putAll(written);
                return;
            }
        }
    }

    String name() {
        return sheet.getSheetName();
    }

    /** Whether the sheet has the column; a column someone removed leaves that field of the plan's lines as it is. */
    boolean has(String key) {
        return columns.containsKey(key);
    }

    /** The column's header as written, or in the user's language where the sheet lacks it. */
    String header(String key) {
        return headers.getOrDefault(key, labels.apply(key));
    }

    /** A readable row and the plan's line its Kenmerk names (null for a row without one: a new line). */
    record Matched<T>(Row row, T before) {}

    /**
     * The row with the plan's line its Kenmerk names; empty for a row that cannot be read and for a Kenmerk the plan
     * does not have (a problem at its cell). {@code inSheet} gets the row's Kenmerk either way, so that no line counts
     * as missing because its row could not be read.
     */
    <T> Optional<Matched<T>> match(Row row, Map<Long, T> stored, Set<Long> inSheet, List<ImportProblem> problems) {
        Long id = row.id();
        if (id != null) {
            inSheet.add(id);
        }
        if (!row.readable()) {
            return Optional.empty();
        }
        T before = id == null ? null : stored.get(id);
        if (id != null && before == null) {
            problems.add(ImportProblem.at(
                    row.place(kind.idKey), "import.problem.table-line.id.unknown", String.valueOf(id)));
            return Optional.empty();
        }
        return Optional.of(new Matched<>(row, before));
    }

    /**
     * The rows to match with the plan's lines: none, with a problem, when the sheet lacks its Kenmerk column while the
     * plan has lines, since every row would then be new and every line missing, and the lines would be doubled.
     */
    List<Row> matchableRows(List<ImportProblem> problems, boolean planHasLines) {
        List<Row> rows = rows(problems);
        if (!has(kind.idKey) && planHasLines && !rows.isEmpty()) {
            problems.add(ImportProblem.at(
                    SourcePlace.of(name()), "import.problem.table-line.id-column-missing", header(kind.idKey)));
            return List.of();
        }
        return rows;
    }

    /**
     * The rows that hold something, in order. A sheet with content but no header row, a Kenmerk that is no whole
     * number and a Kenmerk in a second row are problems.
     */
    List<Row> rows(List<ImportProblem> problems) {
        List<Row> rows = new ArrayList<>();
        if (headerRow < 0) {
            if (hasContent()) {
                problems.add(ImportProblem.at(SourcePlace.of(name()), "import.problem.table-line.no-header", name()));
            }
            return rows;
        }
        Map<Long, Integer> seen = new HashMap<>();
        for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
            org.apache.poi.ss.usermodel.Row cells = sheet.getRow(r);
            if (cells == null) {
                continue;
            }
            Row row = new Row(cells);
            if (row.formula || row.hasText()) {
                row.id = id(row, seen, problems);
                rows.add(row);
            }
        }
        return rows;
    }

    private boolean hasContent() {
        for (org.apache.poi.ss.usermodel.Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.FORMULA
                        || !formatter.formatCellValue(cell).isBlank()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The Kenmerk cell: empty for a new row, else a whole number as the export wrote it, or those digits as text. */
    private Long id(Row row, Map<Long, Integer> seen, List<ImportProblem> problems) {
        Cell cell = row.cell(kind.idKey);
        String text = row.text(kind.idKey);
        if (text == null) {
            return null;
        }
        Long id = null;
        if (cell.getCellType() == CellType.NUMERIC) {
            double value = cell.getNumericCellValue();
            if (value >= 1 && value == Math.rint(value) && value < 1e15) {
                id = (long) value;
            }
        } else if (WHOLE_NUMBER.matcher(text).matches() && Long.parseLong(text) >= 1) {
            id = Long.parseLong(text);
        }
        if (id == null) {
            problems.add(ImportProblem.at(row.place(kind.idKey), "import.problem.table-line.id.invalid", text));
            row.badId = true;
            return null;
        }
        Integer first = seen.putIfAbsent(id, row.number);
        if (first != null) {
            problems.add(ImportProblem.at(
                    row.place(kind.idKey), "import.problem.table-line.id.duplicate", String.valueOf(id), first));
            row.badId = true;
        }
        return id;
    }

    /** A row of the sheet with something in it. */
    final class Row {

        /** As Excel numbers it, the header row being 1 when it is the first. */
        final int number;

        /** Whether a known column has a formula: its value is not taken. */
        private final boolean formula;

        private final org.apache.poi.ss.usermodel.Row cells;

        /** The Kenmerk; null for a new row. */
        private Long id;

        private boolean badId;

        private Row(org.apache.poi.ss.usermodel.Row cells) {
            this.cells = cells;
            this.number = cells.getRowNum() + 1;
            this.formula = columns.values().stream()
                    .map(cells::getCell)
                    .anyMatch(cell -> cell != null && cell.getCellType() == CellType.FORMULA);
        }

        Long id() {
            return id;
        }

        /**
         * Whether the row's values are compared with the plan: not with a formula or a Kenmerk that is a problem,
         * which are reported already. Its Kenmerk, if any, still counts as in the sheet.
         */
        boolean readable() {
            return !formula && !badId;
        }

        SourcePlace place(String key) {
            return SourcePlace.of(name(), number).column(header(key));
        }

        /** The cell's text as Excel shows it in Dutch, stripped; null when empty, absent or a formula. */
        String text(String key) {
            Cell cell = cell(key);
            if (cell == null || cell.getCellType() == CellType.FORMULA) {
                return null;
            }
            String text = formatter.formatCellValue(cell).strip();
            return text.isEmpty() ? null : text;
        }

        /** Whether the cell holds a typed number rather than text. */
        boolean isNumber(String key) {
            Cell cell = cell(key);
            return cell != null && cell.getCellType() == CellType.NUMERIC;
        }

        /**
         * The number of the cell, typed as a number or written as text the Dutch way ({@code 1.250,5}); null when
         * empty. A typed number passes through the Dutch notation, so that it meets the same limits as typed text.
         *
         * @throws DutchNumbers.InvalidNumberException when it is no number within the limits
         */
        BigDecimal number(String key, DutchNumbers.Limits limits) {
            return DutchNumbers.parse(written(key), limits);
        }

        /**
         * The cell as typed, for a problem and for reading a number: a typed number in Dutch notation without the
         * column's format ('10,125' rather than the rounded '€ 10,13'), else its text.
         */
        String written(String key) {
            if (!isNumber(key)) {
                return text(key);
            }
            return BigDecimal.valueOf(cell(key).getNumericCellValue())
                    .stripTrailingZeros()
                    .toPlainString()
                    .replace('.', ',');
        }

        /** Whether the text fits in the field; if not, that is a problem at the cell. */
        boolean fits(String key, String text, int max, List<ImportProblem> problems) {
            if (text == null || text.length() <= max) {
                return true;
            }
            problems.add(ImportProblem.at(place(key), "import.problem.table-line.too-long", text.length(), max));
            return false;
        }

        private boolean hasText() {
            return columns.keySet().stream().anyMatch(key -> text(key) != null);
        }

        private Cell cell(String key) {
            Integer column = columns.get(key);
            return column == null ? null : cells.getCell(column);
        }
    }
}
