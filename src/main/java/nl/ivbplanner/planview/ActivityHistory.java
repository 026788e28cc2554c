package nl.ivbplanner.planview;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.ivbplanner.common.DutchTime;

/**
 * Turns the Envers snapshots of an activity and its verdicts into readable changes: who, when, which field,
 * old value and new value. The first snapshot (the seeded document or the creation) is the starting point.
 */
final class ActivityHistory {

    private ActivityHistory() {}

    /** One snapshot of a row: its revision and its audited fields by name (field names are message keys). */
    record Snapshot(
            String table,
            long rowId,
            int rev,
            long timestamp,
            String username,
            int revtype,
            Map<String, String> fields) {}

    record Change(ZonedDateTime at, String username, String field, String oldValue, String newValue) {}

    static List<Change> changes(List<Snapshot> snapshots) {
        List<Change> changes = new ArrayList<>();
        Map<String, Snapshot> previousByRow = new LinkedHashMap<>();
        for (Snapshot snapshot : snapshots) {
            Snapshot previous = previousByRow.put(snapshot.table() + ":" + snapshot.rowId(), snapshot);
            if (previous == null) {
                if (snapshot.revtype() == 0 && !"brondocument".equals(snapshot.username())) {
                    snapshot.fields().forEach((field, value) -> {
                        if (value != null) {
                            changes.add(change(snapshot, field, null, value));
                        }
                    });
                }
                continue;
            }
            for (Map.Entry<String, String> field : snapshot.fields().entrySet()) {
                String before = previous.fields().get(field.getKey());
                if (!Objects.equals(before, field.getValue())) {
                    changes.add(change(snapshot, field.getKey(), before, field.getValue()));
                }
            }
        }
        changes.sort((a, b) -> b.at().compareTo(a.at()));
        return changes;
    }

    private static Change change(Snapshot snapshot, String field, String before, String after) {
        return new Change(
                Instant.ofEpochMilli(snapshot.timestamp()).atZone(DutchTime.ZONE),
                snapshot.username(),
                field,
                before,
                after);
    }
}
