package nl.ivbplanner.opendata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A file's records for one municipality, written as open data: the same fields and values as CSV and as JSON.
 * Machine-readable: numbers with a dot and no thousands separators, dates in ISO 8601, texts verbatim.
 */
record Table<R>(PublishingMunicipality municipality, OpenDataFile<R> file, List<R> records) {

    /**
     * RFC 4180 in UTF-8 without a byte order mark: commas, CRLF, quotes only where needed, the header first. That is
     * what open data tools read; Dutch Excel opens it through 'Gegevens > Van tekst/CSV', which the plan's own
     * export (';' and a byte order mark, for a double click) does not need. No field is changed against spreadsheet
     * formulas (as that export does): open data stays as the municipality wrote it.
     */
    static final CSVFormat CSV = CSVFormat.RFC4180;

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    byte[] csv() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(writer, CSV)) {
            csv.printRecord(file.fields().stream().map(Field::name).toList());
            for (R record : records) {
                csv.printRecord(file.fields().stream()
                        .map(field -> csvValue(field.value().apply(record)))
                        .toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The file is written in memory, so this does not happen", e);
        }
        return out.toByteArray();
    }

    /** An array of objects with the CSV's field names as keys; an empty field is null, a list of names an array. */
    byte[] json() {
        List<Map<String, Object>> objects = records.stream()
                .map(record -> {
                    Map<String, Object> object = new LinkedHashMap<>();
                    file.fields()
                            .forEach(field -> object.put(
                                    field.name(), jsonValue(field.value().apply(record))));
                    return object;
                })
                .toList();
        return JSON.writeValueAsBytes(objects);
    }

    private static String csvValue(Object value) {
        if (value instanceof List<?> names) {
            return String.join("; ", names.stream().map(String::valueOf).toList());
        }
        return value instanceof BigDecimal number ? plain(number) : value == null ? null : value.toString();
    }

    private static Object jsonValue(Object value) {
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros();
        }
        // a date as its ISO 8601 text, as in the CSV
        return value instanceof LocalDate date ? date.toString() : value;
    }

    /** 7.4 and 50, not 7.40 and 50.00: the database keeps two decimals for every figure. */
    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
