package nl.ivbplanner.history;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * One change to an item, as the plan's history lists it: when, by whom, which item (with the address of its history),
 * and what happened to it: added, removed, or these fields changed from old to new (values as users read them).
 */
public record HistoryEntry(
        ZonedDateTime at, String who, String item, String itemUrl, Action action, List<FieldChange> changes) {

    public enum Action {
        ADDED,
        CHANGED,
        REMOVED
    }

    /** A field's label with its old and new value (null for none). */
    public record FieldChange(String field, String oldValue, String newValue) {}
}
