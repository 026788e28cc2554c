package nl.ivbplanner.opendata;

import java.util.List;
import java.util.function.Function;

/**
 * One column of an open data file, declared once: the CSV header, the JSON keys, the Data Package's schema and the
 * page that explains the fields are all written from it, so they cannot disagree. The Dutch title and description are
 * the messages {@code opendata.field.<name>} and {@code opendata.field.<name>.description}.
 *
 * @param required whether every record has a value
 * @param allowed the only values the field takes (the schema's enum constraint); empty when any value of the type is
 *     allowed
 * @param value the record's value: a String, Integer, Long, BigDecimal, LocalDate or, for a list of names, a list of
 *     Strings (in the CSV joined with "; ")
 */
record Field<R>(String name, FieldType type, boolean required, List<?> allowed, Function<R, ?> value) {

    static <R> Field<R> of(String name, FieldType type, Function<R, ?> value) {
        return new Field<>(name, type, false, List.of(), value);
    }

    static <R> Field<R> required(String name, FieldType type, Function<R, ?> value) {
        return new Field<>(name, type, true, List.of(), value);
    }

    Field<R> allowing(List<?> values) {
        return new Field<>(name, type, required, List.copyOf(values), value);
    }

    /** Public, as the page's template calls it (SpEL finds public methods only). */
    public String titleKey() {
        return "opendata.field." + name;
    }

    public String descriptionKey() {
        return titleKey() + ".description";
    }
}
