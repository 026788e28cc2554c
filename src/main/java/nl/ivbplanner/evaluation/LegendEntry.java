package nl.ivbplanner.evaluation;

/** One verdict in a municipality's own words: its status (GREEN, YELLOW, RED, NOT_EVALUATED), label and symbol. */
public record LegendEntry(String status, String label, String symbol) {}
