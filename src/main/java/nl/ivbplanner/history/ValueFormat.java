package nl.ivbplanner.history;

/** How a field's stored text is shown: as typed, as a Dutch number, amount or date, or through its message key. */
enum ValueFormat {
    TEXT,
    /** A whole number that is not an amount (a year, a level): no dots between thousands. */
    WHOLE,
    NUMBER,
    CENTS,
    DATE,
    YES_NO,
    /** A verdict, labelled by the municipality's legend. */
    STATUS,
    /** An enum, shown through the message {@code prefix + value}. */
    ENUM
}
