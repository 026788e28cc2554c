package nl.ivbplanner.history;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the Envers snapshots of a plan's parts, or of one item and its parts, as events: one row per snapshot that
 * changed something a user sees (the seeded 'brondocument' baseline and moves in a list left out), each with the
 * snapshot before it, so that the change is worked out without another query. Filtering and paging happen in SQL, in
 * one statement whatever the number of changes.
 */
@Repository
class HistoryQueries {

    /** The revision that holds the seeded documents as printed: where history starts, not a change. */
    static final String BASELINE = "brondocument";

    private final JdbcClient jdbc;

    HistoryQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One snapshot that changed an item, with the one before it (null for a new item). */
    record Event(
            HistoryKind kind,
            long rowId,
            int rev,
            int revtype,
            Long parentId,
            List<String> values,
            List<String> previous,
            long timestamp,
            String username,
            String displayName,
            String parentLabel,
            long total) {}

    /** Who changed something, for the person filter. */
    record Person(String username, String displayName) {
        String name() {
            return displayName != null ? displayName : username;
        }
    }

    /** An item that is or was in the plan: its name as last known, and whether it still exists. */
    record Item(String label, boolean alive) {}

    /** Which changes, and which of them: by whom, from when (inclusive) until when (exclusive), epoch millis. */
    record Selection(String username, Long from, Long until, int limit, int offset) {
        static final Selection ALL = new Selection(null, null, null, 0, 0);
    }

    /** A plan's changes that the selection picks, newest first; each event carries the total count. */
    List<Event> ofPlan(long planId, Selection selection) {
        Map<HistoryKind, String> scope = new LinkedHashMap<>();
        for (HistoryKind kind : HistoryKind.values()) {
            scope.put(kind, kind.idsInPlan());
        }
        return events(scope, selection, Map.of("plan", planId));
    }

    /** The changes of one item and its parts (a KPI and its measurements), newest first. */
    List<Event> ofItem(HistoryKind kind, long itemId) {
        return ofItem(kind, itemId, null);
    }

    /**
     * As {@link #ofItem(HistoryKind, long)}, from a moment on (epoch millis; null: all): what a reader who does not
     * read concepts may see of an item is what happened since its plan or framework was adopted.
     */
    List<Event> ofItem(HistoryKind kind, long itemId, Long since) {
        Map<HistoryKind, String> scope = new LinkedHashMap<>();
        for (HistoryKind part : kind.withParts()) {
            scope.put(
                    part,
                    part == kind
                            ? "select cast(:item as bigint)"
                            : "select x.id from " + part.auditTable() + " x where x." + part.parentColumn()
                                    + " = :item");
        }
        return events(scope, new Selection(null, since, null, 0, 0), Map.of("item", itemId));
    }

    /** The item if it is or was in the plan (deleted items keep their history). */
    Optional<Item> item(long planId, HistoryKind kind, long itemId) {
        return item(kind, itemId, kind.idsInPlan(), "plan", planId);
    }

    /** The item if it is or was the framework's own (a text, a KPI, a budget table of the framework itself). */
    Optional<Item> itemOfFramework(long frameworkId, HistoryKind kind, long itemId) {
        return item(kind, itemId, kind.idsInFramework(), "framework", frameworkId);
    }

    private Optional<Item> item(HistoryKind kind, long itemId, String ids, String owner, long ownerId) {
        String label = kind.fields().get(0).name();
        String liveTable = kind.auditTable().substring(0, kind.auditTable().length() - "_aud".length());
        return jdbc.sql("select x." + label + "::text as label, exists (select 1 from " + liveTable
                        + " l where l.id = x.id) as alive from " + kind.auditTable()
                        + " x where x.id = :item and x.id in ("
                        + ids + ") order by (x." + label + " is null), x.rev desc limit 1")
                .param("item", itemId)
                .param(owner, ownerId)
                .query(Item.class)
                .optional();
    }

    /** A framework with its municipality, found by their slugs. */
    record Framework(
            long municipalityId,
            String municipalitySlug,
            String municipalityName,
            long frameworkId,
            String title,
            String state) {}

    Optional<Framework> framework(String municipalitySlug, String frameworkSlug) {
        return jdbc.sql("""
                        select m.id as municipality_id, m.slug as municipality_slug, m.name as municipality_name,
                               f.id as framework_id, f.title, f.state
                        from policy_framework f join municipality m on m.id = f.municipality_id
                        where m.slug = ? and f.slug = ?""")
                .params(municipalitySlug, frameworkSlug)
                .query(Framework.class)
                .optional();
    }

    /** Everyone who changed something in the plan, by name. */
    List<Person> people(long planId) {
        Map<HistoryKind, String> scope = new LinkedHashMap<>();
        for (HistoryKind kind : HistoryKind.values()) {
            scope.put(kind, kind.idsInPlan());
        }
        return jdbc.sql(EventSql.with(scope) + """
                select distinct r.username, u.display_name
                from events e join revinfo r on r.rev = e.rev left join app_user u on u.username = r.username
                where r.username <> :baseline and (e.revtype <> 1 or e.vals is distinct from e.prev)
                order by u.display_name, r.username""")
                .param("plan", planId)
                .param("baseline", BASELINE)
                .query(Person.class)
                .list();
    }

    private List<Event> events(Map<HistoryKind, String> scope, Selection selection, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(
                "(r.username is null or r.username <> :baseline) and (e.revtype <> 1 or e.vals is distinct from e.prev)");
        Map<String, Object> all = new LinkedHashMap<>(params);
        all.put("baseline", BASELINE);
        if (selection.username() != null) {
            where.append(" and r.username = :person");
            all.put("person", selection.username());
        }
        if (selection.from() != null) {
            where.append(" and r.revtstmp >= :from");
            all.put("from", selection.from());
        }
        if (selection.until() != null) {
            where.append(" and r.revtstmp < :until");
            all.put("until", selection.until());
        }
        String page = "";
        if (selection.limit() > 0) {
            page = " limit :limit offset :offset";
            all.put("limit", selection.limit());
            all.put("offset", selection.offset());
        }
        String sql = EventSql.with(scope) + """
                select p.*, u.display_name, %s as parent_label
                from (select e.*, r.revtstmp, r.username, count(*) over () as total
                      from events e join revinfo r on r.rev = e.rev
                      where %s
                      order by e.rev desc, e.kind, e.row_id%s) p
                left join app_user u on u.username = p.username
                order by p.rev desc, p.kind, p.row_id""".formatted(EventSql.parentLabel(scope.keySet()), where, page);
        return jdbc.sql(sql).params(all).query(HistoryQueries::event).list();
    }

    private static Event event(ResultSet rs, int row) throws SQLException {
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        return new Event(
                HistoryKind.valueOf(rs.getString("kind")),
                rs.getLong("row_id"),
                rs.getInt("rev"),
                rs.getInt("revtype"),
                parentId,
                strings(rs.getArray("vals")),
                strings(rs.getArray("prev")),
                rs.getLong("revtstmp"),
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getString("parent_label"),
                rs.getLong("total"));
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return null;
        }
        return Arrays.asList((String[]) array.getArray());
    }
}
