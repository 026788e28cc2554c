package nl.ivbplanner.plantables;

/** What the table forms need; {@code lineCount} tells the delete page what goes with the table. */
public record TableContext(String planTitle, TableForm stored, int lineCount) {}
