package nl.ivbplanner.publication;

/**
 * What a plan publishes: its own report, and, once evaluated, the yearly verantwoording (its evaluation with the next
 * year's plan, as the council receives them together). Each is numbered on its own, below its own address.
 */
public enum DocumentType {
    REPORT(""),
    VERANTWOORDING("/verantwoording");

    /** The document's address below the plan's ({@code …/plannen/2025/verantwoording}); empty for the report. */
    public final String path;

    DocumentType(String path) {
        this.path = path;
    }
}
