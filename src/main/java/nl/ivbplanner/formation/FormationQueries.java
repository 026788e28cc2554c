package nl.ivbplanner.formation;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The one read model of a plan's formation tables with their totals: one statement, whatever their size. */
@Repository
public class FormationQueries {

    private static final RowMapper<FormationTable.Line> LINES = new DataClassRowMapper<>(FormationTable.Line.class);

    private final JdbcClient jdbc;

    FormationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every table of the plan in its order, also one without lines yet. */
    public List<FormationTable> ofPlan(long planId) {
        List<Row> rows =
                jdbc.sql("""
                select t.id as table_id, t.title, t.printed_total_existing, t.printed_total_added, l.id, l.group_name,
                       l.function_name, l.fte_existing, l.fte_added, l.remark, l.organisation,
                       l.part_of_id is not null as part
                from capacity_table t left join capacity_line l on l.capacity_table_id = t.id
                where t.plan_id = ? order by t.position, t.id, l.position, l.id""").param(planId).query(FormationQueries::row).list();
        Map<Long, List<Row>> byTable = new LinkedHashMap<>();
        rows.forEach(row ->
                byTable.computeIfAbsent(row.tableId(), id -> new ArrayList<>()).add(row));
        return byTable.values().stream().map(FormationQueries::table).toList();
    }

    private static FormationTable table(List<Row> rows) {
        Row first = rows.get(0);
        return FormationTable.of(
                first.tableId(),
                first.title(),
                first.printedTotalExisting(),
                first.printedTotalAdded(),
                rows.stream().map(Row::line).filter(Objects::nonNull).toList());
    }

    private static Row row(ResultSet rs, int rowNumber) throws SQLException {
        FormationTable.Line line = rs.getObject("id") == null ? null : LINES.mapRow(rs, rowNumber);
        return new Row(
                rs.getLong("table_id"),
                rs.getString("title"),
                rs.getBigDecimal("printed_total_existing"),
                rs.getBigDecimal("printed_total_added"),
                line);
    }

    /** A table's columns on every row, and the line of the row (none for a table without lines). */
    private record Row(
            long tableId,
            String title,
            BigDecimal printedTotalExisting,
            BigDecimal printedTotalAdded,
            FormationTable.Line line) {}
}
