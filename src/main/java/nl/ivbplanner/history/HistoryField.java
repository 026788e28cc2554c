package nl.ivbplanner.history;

/**
 * One audited field of an item: the SQL expression that reads it from the item's snapshot ({@code a}, as text; a
 * reference already as the name it points to), its label's message key and how its value is shown.
 */
record HistoryField(String name, String sql, ValueFormat format, String messagePrefix) {

    static HistoryField text(String column) {
        return new HistoryField(column, "a." + column, ValueFormat.TEXT, null);
    }

    static HistoryField of(String column, ValueFormat format) {
        return new HistoryField(column, "a." + column + "::text", format, null);
    }

    static HistoryField enumeration(String column, String messagePrefix) {
        return new HistoryField(column, "a." + column, ValueFormat.ENUM, messagePrefix);
    }

    /** A reference shown as the name it points to, read by {@code nameSql} (cheap: one row by its key). */
    static HistoryField reference(String column, String nameSql) {
        return new HistoryField(column, "(" + nameSql + ")", ValueFormat.TEXT, null);
    }
}
