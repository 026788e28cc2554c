package nl.ivbplanner.history;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import nl.ivbplanner.common.DutchNumbers;
import nl.ivbplanner.common.DutchTime;
import nl.ivbplanner.evaluation.LegendEntry;
import nl.ivbplanner.history.HistoryEntry.Action;
import nl.ivbplanner.history.HistoryEntry.FieldChange;
import nl.ivbplanner.history.HistoryQueries.Event;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Writes events in words: field labels and enum values through the messages, numbers, amounts and dates the Dutch
 * way, verdicts with the municipality's legend, and who made the change (their name; staff also read the user name).
 */
@Component
class ChangeWriter {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d-M-uuuu");

    private final MessageSource messages;

    ChangeWriter(MessageSource messages) {
        this.messages = messages;
    }

    /** How the events are written: with which legend, whether the reader is staff, how long a text may be. */
    record Reading(Map<String, LegendEntry> legend, boolean staff, int maxLength) {}

    /** The events as entries of the plan's history; {@code url} gives the address of an item's history. */
    List<HistoryEntry> entries(List<Event> events, Reading reading, Function<Event, String> url) {
        List<HistoryEntry> entries = new ArrayList<>();
        for (Event event : events) {
            Action action = action(event);
            String label = label(event, reading);
            String item = event.kind().parent() == null
                    ? message("history.entry.item", kind(event.kind()), label)
                    : message(
                            "history.entry.part",
                            kind(event.kind()),
                            label,
                            kind(event.kind().parent()).toLowerCase(locale()),
                            Objects.requireNonNullElse(event.parentLabel(), "–"));
            entries.add(new HistoryEntry(
                    at(event),
                    who(event, reading),
                    item,
                    url.apply(event),
                    action,
                    action == Action.CHANGED ? fieldChanges(event, reading) : List.of()));
        }
        return entries;
    }

    /** The events as lines of an item's history table: a line per changed field, one for a part added or removed. */
    List<HistoryRow> rows(HistoryKind page, List<Event> events, Reading reading) {
        List<HistoryRow> rows = new ArrayList<>();
        for (Event event : events) {
            String who = who(event, reading);
            ZonedDateTime at = at(event);
            String label = label(event, reading);
            String part = event.kind() == page ? null : kind(event.kind());
            switch (action(event)) {
                case ADDED ->
                    rows.add(new HistoryRow(
                            at, who, message("history.added", part == null ? kind(page) : part), null, label));
                case REMOVED ->
                    rows.add(new HistoryRow(
                            at, who, message("history.removed", part == null ? kind(page) : part), label, null));
                case CHANGED -> {
                    for (FieldChange change : fieldChanges(event, reading)) {
                        String what =
                                part == null ? change.field() : message("history.field.of-part", label, change.field());
                        rows.add(new HistoryRow(at, who, what, change.oldValue(), change.newValue()));
                    }
                }
            }
        }
        return rows;
    }

    private static Action action(Event event) {
        return switch (event.revtype()) {
            case 0 -> Action.ADDED;
            case 2 -> Action.REMOVED;
            default -> Action.CHANGED;
        };
    }

    private List<FieldChange> fieldChanges(Event event, Reading reading) {
        List<FieldChange> changes = new ArrayList<>();
        List<HistoryField> fields = event.kind().fields();
        for (int i = 0; i < fields.size(); i++) {
            String before = event.previous() == null ? null : event.previous().get(i);
            String after = event.values().get(i);
            if (!Objects.equals(before, after)) {
                HistoryField field = fields.get(i);
                changes.add(new FieldChange(
                        fieldLabel(event.kind(), field), value(field, before, reading), value(field, after, reading)));
            }
        }
        return changes;
    }

    /** What names the item: its first field, as it was before a deletion. */
    private String label(Event event, Reading reading) {
        HistoryField first = event.kind().fields().get(0);
        String value = event.values().get(0);
        if (value == null && event.previous() != null) {
            value = event.previous().get(0);
        }
        String label = value(first, value, reading);
        return label == null ? "–" : label;
    }

    String fieldLabel(HistoryKind kind, HistoryField field) {
        return message("history.field." + kind.name().toLowerCase(Locale.ROOT) + "." + field.name());
    }

    String kind(HistoryKind kind) {
        return message("history.kind." + kind.name());
    }

    private String value(HistoryField field, String stored, Reading reading) {
        if (stored == null) {
            return null;
        }
        String shown = switch (field.format()) {
            case TEXT, WHOLE -> stored;
            case NUMBER -> DutchNumbers.format(new BigDecimal(stored));
            case CENTS -> DutchNumbers.formatEuros(Long.parseLong(stored));
            case DATE -> LocalDate.parse(stored).format(DATE);
            case YES_NO -> message("history.value." + stored);
            case STATUS -> {
                LegendEntry entry = reading.legend().get(stored);
                yield entry == null ? stored : entry.label();
            }
            case ENUM -> messages.getMessage(field.messagePrefix() + stored, null, stored, locale());
        };
        if (reading.maxLength() > 0 && shown.length() > reading.maxLength()) {
            return shown.substring(0, reading.maxLength()).stripTrailing() + "…";
        }
        return shown;
    }

    private String who(Event event, Reading reading) {
        if (event.username() == null) {
            return message("history.who.system");
        }
        String name = event.displayName() != null ? event.displayName() : event.username();
        return reading.staff() && event.displayName() != null
                ? message("history.who.staff", name, event.username())
                : name;
    }

    private static ZonedDateTime at(Event event) {
        return Instant.ofEpochMilli(event.timestamp()).atZone(DutchTime.ZONE);
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
