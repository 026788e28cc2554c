package nl.ivbplanner.evaluation;

import java.util.List;
import java.util.Map;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The one read of the municipalities' legends, by status, for every page that draws a verdict. */
@Repository
public class LegendQueries {

    private static final Collector<Row, ?, Map<String, LegendEntry>> BY_STATUS =
            Collectors.toMap(row -> row.entry().status(), Row::entry);

    private final JdbcClient jdbc;

    LegendQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The municipality's legend by status. */
    public Map<String, LegendEntry> of(long municipalityId) {
        return entries("m.id = ?", municipalityId).stream().collect(BY_STATUS);
    }

    /** The legend of every municipality of the region, by municipality id and status. */
    public Map<Long, Map<String, LegendEntry>> ofRegion(String region) {
        return entries("m.safety_region = ?", region).stream()
                .collect(Collectors.groupingBy(Row::municipalityId, BY_STATUS));
    }

    private List<Row> entries(String where, Object value) {
        return jdbc.sql("""
                select l.municipality_id, l.status, l.label, l.symbol
                from status_legend l join municipality m on m.id = l.municipality_id
                where\s""" + where)
                .param(value)
                .query((rs, row) -> new Row(
                        rs.getLong("municipality_id"),
                        new LegendEntry(rs.getString("status"), rs.getString("label"), rs.getString("symbol"))))
                .list();
    }

    private record Row(long municipalityId, LegendEntry entry) {}
}
