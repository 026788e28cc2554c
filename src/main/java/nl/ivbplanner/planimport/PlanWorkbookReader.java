package nl.ivbplanner.planimport;

import java.io.IOException;
import java.io.InputStream;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Reads the activities of a workbook as the app exports it (or its blank import template), edited in Excel or
 * LibreOffice: the sheet 'Activiteiten' (or 'Activities'), its columns found by their header text in Dutch or
 * English, in any order; columns it does not know are left alone. It only reads: what the rows mean for the plan
 * (which theme, which partner, changed or new) is decided when they are compared with the plan.
 *
 * <p>The export's other sheets are read by the {@link SheetImport}s; any other sheet that holds something gets a
 * note ({@code import.note.sheet-not-read}), which does not block the import. Problems come in the order of the
 * sheets and, within the activity sheet, of its rows. A formula anywhere in the workbook is a
 * problem: the import takes values people can see, not calculations.
 */
@Component
class PlanWorkbookReader implements PlanFileReader {

    @Override
    public ImportFile.Kind kind() {
        return ImportFile.Kind.WORKBOOK;
    }

    /** The columns the reader knows, each by the export's header key. */
    enum Field {
        ID("export.activity.id"),
        THEME("export.activity.theme"),
        SUB_THEME("export.activity.sub-theme"),
        OBJECTIVE("export.activity.objective"),
        TITLE("export.activity.title"),
        DESCRIPTION("export.activity.description"),
        GOAL("export.activity.goal"),
        PARTNERS("export.activity.partners"),
        INTENDED_RESULT("export.activity.intended-result"),
        PLANNING("export.activity.planning"),
        STATUS("export.activity.status"),
        RESULT("export.activity.result");

        final String headerKey;

        Field(String headerKey) {
            this.headerKey = headerKey;
        }
    }

    /** The header may be below a title row or two that someone added above the table. */
    private static final int HEADER_SEARCH_ROWS = 10;

    /** Excel's built-in short date, which each Excel shows in its own language's order. */
    private static final int SHORT_DATE = 14;

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0]+");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]{1,15}");

    /** Dutch first: a place in a problem that has no sheet of its own is named in the app's own language. */
    private static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH);

    private final Map<String, Field> headers = new HashMap<>();
    private final Set<String> activitySheets = new HashSet<>();
    private final Set<String> templateSheets = new HashSet<>();
    private final Set<String> otherSheets = new HashSet<>();
    private final String activitySheet;

    PlanWorkbookReader(MessageSource messages, ObjectProvider<SheetImport> sheetImports) {
        List<String> otherSheetKeys = sheetImports
                .orderedStream()
                .flatMap(sheet -> sheet.sheetKeys().stream())
                .toList();
        for (Locale language : LANGUAGES) {
            otherSheetKeys.forEach(key -> otherSheets.add(normal(messages.getMessage(key, null, language))));
            for (Field field : Field.values()) {
                headers.putIfAbsent(normal(messages.getMessage(field.headerKey, null, language)), field);
            }
            activitySheets.add(normal(messages.getMessage("export.sheet.activities", null, language)));
            templateSheets.add(normal(messages.getMessage("import.template.sheet.themes", null, language)));
        }
        activitySheet = messages.getMessage("export.sheet.activities", null, LANGUAGES.get(0));
    }

    /**
     * The activities and problems of an .xlsx workbook. A file that POI cannot open as one (another format, a
     * password, a broken package) is an {@link IOException}: the upload's checks should have caught it before.
     */
    @Override
    public ImportedPlan read(InputStream xlsx) throws IOException {
        XSSFWorkbook workbook;
        try {
            workbook = new XSSFWorkbook(xlsx);
        } catch (RuntimeException e) {
            // POI says 'not a workbook' with unchecked exceptions of several kinds (not OOXML, encrypted, broken part)
            throw new IOException("Not a readable .xlsx workbook", e);
        }
        try (workbook) {
            return read(workbook);
        }
    }

    private ImportedPlan read(XSSFWorkbook workbook) {
        Reading reading = new Reading();
        Table table = activityTable(workbook);
        if (table == null) {
            reading.problem(SourcePlace.of(activitySheetName(workbook)), "import.problem.workbook.no-activity-sheet");
        }
        for (Sheet sheet : workbook) {
            if (table != null && sheet == table.sheet) {
                reading.activities(table);
            } else {
                formulas(sheet, 0, reading);
                String name = normal(sheet.getSheetName());
                // the themes of the template are read from the plan, an activity sheet without its title
                // column has a problem of its own, and a sheet import reads its own sheets
                if (!templateSheets.contains(name)
                        && !activitySheets.contains(name)
                        && !otherSheets.contains(name)
                        && hasContent(sheet)) {
                    reading.problem(
                            SourcePlace.of(sheet.getSheetName()), "import.note.sheet-not-read", sheet.getSheetName());
                }
            }
        }
        return new ImportedPlan(List.copyOf(reading.activities), List.of(), List.copyOf(reading.problems));
    }

    /** The sheet named Activiteiten or Activities with a title column; else the first sheet with one (renamed). */
    private Table activityTable(XSSFWorkbook workbook) {
        for (Sheet sheet : workbook) {
            if (activitySheets.contains(normal(sheet.getSheetName()))) {
                Table table = table(sheet);
                if (table != null) {
                    return table;
                }
            }
        }
        for (Sheet sheet : workbook) {
            Table table = table(sheet);
            if (table != null) {
                return table;
            }
        }
        return null;
    }

    /** The problem names the sheet that should have held the activities, or the one the export would have made. */
    private String activitySheetName(XSSFWorkbook workbook) {
        for (Sheet sheet : workbook) {
            if (activitySheets.contains(normal(sheet.getSheetName()))) {
                return sheet.getSheetName();
            }
        }
        return activitySheet;
    }

    /** The sheet's header row (the first of its first rows with a title column) and where each known column is. */
    private Table table(Sheet sheet) {
        DataFormatter formatter = formatter();
        int last = Math.min(sheet.getLastRowNum(), HEADER_SEARCH_ROWS - 1);
        for (int r = sheet.getFirstRowNum(); r >= 0 && r <= last; r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Map<Field, Integer> columns = new EnumMap<>(Field.class);
            Map<Integer, String> names = new HashMap<>();
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.FORMULA) {
                    continue;
                }
                String header = formatter.formatCellValue(cell).strip();
                names.put(cell.getColumnIndex(), header);
                Field field = headers.get(normal(header));
                if (field != null) {
                    columns.putIfAbsent(field, cell.getColumnIndex());
                }
            }
            if (columns.containsKey(Field.TITLE)) {
                return new Table(sheet, r, columns, names);
            }
        }
        return null;
    }

    /** Every formula of a sheet, each a problem at its cell. */
    private void formulas(Sheet sheet, int headerRow, Reading reading) {
        for (Row row : sheet) {
            formulas(sheet, headerRow, row, reading);
        }
    }

    /** The formulas of one row, left to right. */
    private void formulas(Sheet sheet, int headerRow, Row row, Reading reading) {
        for (Cell cell : row) {
            if (cell.getCellType() == CellType.FORMULA) {
                reading.problem(
                        SourcePlace.of(sheet.getSheetName(), row.getRowNum() + 1)
                                .column(columnName(sheet, headerRow, cell.getColumnIndex())),
                        "import.problem.formula",
                        cell.getCellFormula());
            }
        }
    }

    /** A column as the user sees it: its header text, or its letter where it has none. */
    private static String columnName(Sheet sheet, int headerRow, int column) {
        Row header = sheet.getRow(headerRow);
        Cell cell = header == null ? null : header.getCell(column);
        String text = cell == null || cell.getCellType() == CellType.FORMULA
                ? ""
                : formatter().formatCellValue(cell).strip();
        return text.isEmpty() ? CellReference.convertNumToColString(column) : text;
    }

    /**
     * Whether a sheet holds something below its first row: the export's KPI sheet of a plan without KPIs has its
     * header only, and a note about it would only distract.
     */
    private static boolean hasContent(Sheet sheet) {
        DataFormatter formatter = formatter();
        for (Row row : sheet) {
            if (row.getRowNum() == 0) {
                continue;
            }
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.FORMULA
                        || !formatter.formatCellValue(cell).isBlank()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Cells as Excel shows them in Dutch: a typed 2026 stays '2026', a decimal gets a comma, and a date typed as
     * 1-3-2026 (stored with Excel's built-in short date, which Dutch Excel shows as d-m-jjjj) reads as typed.
     */
    static DataFormatter formatter() {
        DataFormatter formatter = new DataFormatter(Locale.forLanguageTag("nl-NL"));
        formatter.addFormat(BuiltinFormats.getBuiltinFormat(SHORT_DATE), new SimpleDateFormat("d-M-yyyy"));
        return formatter;
    }

    /** Header texts and sheet names compared without case and with any run of spaces or line breaks as one space. */
    static String normal(String text) {
        return WHITESPACE.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** The activity sheet: its header row (0-based), the column of each known field and every header as written. */
    private record Table(
            Sheet sheet,
            int headerRow,
            Map<Field, Integer> columns,
            Map<Integer, String> names,
            List<CellRangeAddress> merged) {

        Table(Sheet sheet, int headerRow, Map<Field, Integer> columns, Map<Integer, String> names) {
            this(sheet, headerRow, columns, names, sheet.getMergedRegions());
        }

        String name(Field field) {
            return names.get(columns.get(field));
        }
    }

    /** What one read collects. */
    private final class Reading {

        final List<ImportedActivity> activities = new ArrayList<>();
        final List<ImportProblem> problems = new ArrayList<>();
        private final DataFormatter formatter = formatter();

        void problem(SourcePlace place, String key, Object... arguments) {
            problems.add(ImportProblem.at(place, key, arguments));
        }

        void activities(Table table) {
            // problems in row order: formulas above the table and in its header first, then row by row
            for (Row row : table.sheet) {
                if (row.getRowNum() <= table.headerRow) {
                    formulas(table.sheet, table.headerRow, row, this);
                }
            }
            Map<Long, Integer> seen = new HashMap<>();
            for (int r = table.headerRow + 1; r <= table.sheet.getLastRowNum(); r++) {
                Row row = table.sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                formulas(table.sheet, table.headerRow, row, this);
                SourcePlace place = SourcePlace.of(table.sheet.getSheetName(), r + 1);
                Map<Field, String> texts = new EnumMap<>(Field.class);
                boolean content = false;
                for (Map.Entry<Field, Integer> column : table.columns.entrySet()) {
                    Cell cell = row.getCell(column.getValue());
                    if (cell != null && cell.getCellType() == CellType.FORMULA) {
                        content = true; // reported above; its value is not taken
                        continue;
                    }
                    String text =
                            cell == null ? "" : formatter.formatCellValue(cell).strip();
                    if (!text.isEmpty()) {
                        texts.put(column.getKey(), text);
                        content = true;
                    }
                }
                if (!content) {
                    continue; // an empty row, e.g. between blocks or left by a deleted activity
                }
                fromMergedCells(table, r, texts);
                Long id = id(row, table, place, seen);
                String title = texts.get(Field.TITLE);
                if (title == null) {
                    if (!isFormula(row.getCell(table.columns.get(Field.TITLE)))) {
                        problem(
                                place.column(table.name(Field.TITLE)),
                                "import.problem.activity.title-missing",
                                table.name(Field.TITLE));
                    }
                    continue;
                }
                activities.add(new ImportedActivity(
                        id,
                        place,
                        texts.get(Field.THEME),
                        texts.get(Field.SUB_THEME),
                        texts.get(Field.OBJECTIVE),
                        title,
                        texts.get(Field.DESCRIPTION),
                        texts.get(Field.GOAL),
                        partners(texts.get(Field.PARTNERS)),
                        texts.get(Field.INTENDED_RESULT),
                        texts.get(Field.PLANNING),
                        texts.get(Field.STATUS)));
            }
        }

        /**
         * A theme or partner cell merged over several rows, as people do in their own lists, holds its text in its
         * first row only; the rows below it have it too. Not the Kenmerk: one id for several rows is no id.
         */
        private void fromMergedCells(Table table, int r, Map<Field, String> texts) {
            for (CellRangeAddress merged : table.merged) {
                if (merged.getFirstRow() == r || merged.getFirstRow() <= table.headerRow) {
                    continue;
                }
                for (Map.Entry<Field, Integer> column : table.columns.entrySet()) {
                    if (column.getKey() != Field.ID
                            && !texts.containsKey(column.getKey())
                            && merged.isInRange(r, column.getValue())) {
                        Row first = table.sheet.getRow(merged.getFirstRow());
                        Cell cell = first == null ? null : first.getCell(merged.getFirstColumn());
                        String text = cell == null || isFormula(cell)
                                ? ""
                                : formatter.formatCellValue(cell).strip();
                        if (!text.isEmpty()) {
                            texts.put(column.getKey(), text);
                        }
                    }
                }
            }
        }

        /**
         * The Kenmerk cell: empty for a new row, else a whole number as the export wrote it (a number, or the same
         * digits as text, which LibreOffice and a pasted CSV make of it). The second row with the same id is refused.
         */
        private Long id(Row row, Table table, SourcePlace rowPlace, Map<Long, Integer> seen) {
            Integer column = table.columns.get(Field.ID);
            Cell cell = column == null ? null : row.getCell(column);
            if (cell == null || isFormula(cell)) {
                return null;
            }
            String text = formatter.formatCellValue(cell).strip();
            if (text.isEmpty()) {
                return null;
            }
            SourcePlace place = rowPlace.column(table.name(Field.ID));
            Long id = null;
            if (cell.getCellType() == CellType.NUMERIC) {
                double value = cell.getNumericCellValue();
                if (value >= 1 && value == Math.rint(value) && value < 1e15) {
                    id = (long) value;
                }
            } else if (cell.getCellType() == CellType.STRING
                    && WHOLE_NUMBER.matcher(text).matches()) {
                id = Long.parseLong(text);
                id = id >= 1 ? id : null;
            }
            if (id == null) {
                problem(place, "import.problem.id.invalid", text);
                return null;
            }
            Integer first = seen.putIfAbsent(id, rowPlace.row());
            if (first != null) {
                problem(place, "import.problem.id.duplicate", id, first);
            }
            return id;
        }
    }

    private static boolean isFormula(Cell cell) {
        return cell != null && cell.getCellType() == CellType.FORMULA;
    }

    /** 'Politie (trekker, regie); GGD Haaglanden' as the export writes it: one entry per organisation. */
    static List<String> partners(String cell) {
        if (cell == null) {
            return List.of();
        }
        return Arrays.stream(cell.split(";"))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .toList();
    }
}
