package nl.ivbplanner.history;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The SQL that reads snapshots as events, built from the kinds' declarations ({@link HistoryKind}): table and column
 * names are the enum's constants, never input, so they may stand in the SQL text; every value is a parameter.
 */
final class EventSql {

    private EventSql() {}

    /** The events of every kind in scope: each snapshot with its values and those of the snapshot before it. */
    static String with(Map<HistoryKind, String> scope) {
        return "with events as ("
                + scope.entrySet().stream()
                        .map(e -> branch(e.getKey(), e.getValue()))
                        .collect(Collectors.joining(" union all "))
                + ") ";
    }

    private static String branch(HistoryKind kind, String ids) {
        String values = kind.fields().stream()
                .map(f -> "(" + f.sql() + ")::text")
                .collect(Collectors.joining(", ", "array[", "]"));
        String parent = kind.parentColumn() == null ? "cast(null as bigint)" : "a." + kind.parentColumn();
        return """
                select '%s' as kind, s.id as row_id, s.rev, s.revtype,
                       coalesce(s.parent_id, lag(s.parent_id) over w) as parent_id, s.vals, lag(s.vals) over w as prev
                from (select a.id, a.rev, a.revtype, %s as parent_id, %s as vals
                      from %s a where a.id in (%s)) s
                window w as (partition by s.id order by s.rev)""".formatted(kind.name(), parent, values, kind.auditTable(), ids);
    }

    /** The name of the part an event's item belongs to, as last known (also when that part was deleted since). */
    static String parentLabel(Collection<HistoryKind> kinds) {
        List<String> cases = new ArrayList<>();
        for (HistoryKind kind : kinds) {
            if (kind.parent() != null) {
                String label = kind.parent().fields().get(0).name();
                cases.add("when '" + kind.name() + "' then (select x." + label + "::text from "
                        + kind.parent().auditTable() + " x where x.id = p.parent_id and x." + label
                        + " is not null order by x.rev desc limit 1)");
            }
        }
        return cases.isEmpty() ? "cast(null as text)" : "case p.kind " + String.join(" ", cases) + " end";
    }
}
