package nl.ivbplanner.planimport;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;

/**
 * The activity sheet of a workbook the app exported, edited the way a user does in Excel: a cell changed or emptied, a
 * row added below (no Kenmerk) or taken out. Columns are found by their Dutch headers.
 */
final class ExportedActivitySheet {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final XSSFWorkbook workbook;
    private final Sheet sheet;
    private final MessageSource messages;

    ExportedActivitySheet(byte[] export, MessageSource messages) throws IOException {
        this.workbook = new XSSFWorkbook(new ByteArrayInputStream(export));
        this.messages = messages;
        this.sheet = workbook.getSheet(text("export.sheet.activities"));
    }

    /** The activity rows, below the header. */
    List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() > 0) {
                rows.add(row);
            }
        }
        return rows;
    }

    long id(Row row) {
        return (long) row.getCell(column("export.activity.id")).getNumericCellValue();
    }

    /** The row's cell under the header of {@code key}; null empties it. */
    void set(Row row, String key, String value) {
        Cell cell = row.getCell(column(key), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
        if (value == null) {
            cell.setBlank();
        } else {
            cell.setCellValue(value);
        }
    }

    /** A new row at the end with the theme, sub-theme and objective of {@code like}, a title and no Kenmerk. */
    Row copyBelow(Row like, String title) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        for (String key : List.of("export.activity.theme", "export.activity.sub-theme", "export.activity.objective")) {
            Cell from = like.getCell(column(key));
            if (from != null && !from.getStringCellValue().isBlank()) {
                row.createCell(column(key)).setCellValue(from.getStringCellValue());
            }
        }
        row.createCell(column("export.activity.title")).setCellValue(title);
        return row;
    }

    void remove(Row row) {
        sheet.removeRow(row);
    }

    byte[] bytes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    private int column(String key) {
        for (Cell cell : sheet.getRow(0)) {
            if (text(key).equals(cell.getStringCellValue())) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + text(key));
    }

    private String text(String key) {
        return messages.getMessage(key, null, DUTCH);
    }
}
