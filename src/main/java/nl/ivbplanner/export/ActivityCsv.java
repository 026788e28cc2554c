package nl.ivbplanner.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a plan's activity table as CSV the way Dutch Excel opens it with a double click: UTF-8 with a byte order
 * mark (else 'ë' and '€' break), ';' between fields (',' is the decimal sign) and CRLF line ends. Fields with a ';',
 * a quote or a line break are quoted.
 */
final class ActivityCsv {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private static final CSVFormat FORMAT = CSVFormat.EXCEL
            .builder()
            .setDelimiter(';')
            .setRecordSeparator("\r\n")
            .get();

    private final PlanExport plan;
    private final ExportTexts texts;

    ActivityCsv(PlanExport plan, ExportTexts texts) {
        this.plan = plan;
        this.texts = texts;
    }

    byte[] toBytes() {
        List<ActivityColumns.Column> columns = ActivityColumns.of(plan.header());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(writer, FORMAT)) {
            writer.write(BYTE_ORDER_MARK);
            csv.printRecord(columns.stream()
                    .map(column -> texts.get(column.headerKey()))
                    .toList());
            for (ExportActivity activity : plan.activities()) {
                csv.printRecord(columns.stream()
                        .map(column -> inert(column.value().apply(activity)))
                        .toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The file is written in memory, so this does not happen", e);
        }
        return out.toByteArray();
    }

    /**
     * Excel runs a field that starts with '=', '+', '-' or '@' as a formula (CSV injection, and '- item' lists show
     * as #NAME?), so such a field gets a leading apostrophe, as OWASP advises.
     */
    static String inert(String value) {
        return value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
