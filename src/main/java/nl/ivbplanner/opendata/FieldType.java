package nl.ivbplanner.opendata;

import java.util.Locale;

/** The types of the Frictionless Table Schema that the open data uses; each value is written as the type reads it. */
enum FieldType {
    /** Any text. */
    STRING,
    /** A whole number, without separators. */
    INTEGER,
    /** A number with a dot as its decimal sign, without thousands separators. */
    NUMBER,
    /** A date in ISO 8601, 2025-12-31. */
    DATE;

    /** The name the Table Schema gives the type. */
    String schemaName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
