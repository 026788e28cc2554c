package nl.ivbplanner.history;

import java.time.ZonedDateTime;

/**
 * One line of an item's history table: when, by whom, what (a field, or a part added or removed) and the old and new
 * value as users read them (null for none).
 */
public record HistoryRow(ZonedDateTime at, String who, String what, String oldValue, String newValue) {}
