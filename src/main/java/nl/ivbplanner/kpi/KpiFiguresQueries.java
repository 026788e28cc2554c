package nl.ivbplanner.kpi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The one read model of KPI figures: one statement per plan, framework or KPI, each KPI with its whole series. The
 * target year a KPI is judged in is its own, or else its plan's year or its framework's last year.
 */
@Repository
public class KpiFiguresQueries {

    private static final String SELECT = """
            select k.id, k.theme_id, k.objective_id, k.name, k.unit, k.unit_kind, k.source, k.kind, k.comparator,
                   k.baseline_value, k.baseline_text, k.baseline_year, k.target_value, k.target_text, k.target_year,
                   coalesce(k.target_year, p.year, f.last_year) as assessed_year, t.code as theme_code, t.name as theme_name,
                   m.id as measurement_id, m.period, m.year as measured_year, m.value, m.value_text, m.peildatum,
                   ind.name as indicator_name
            from kpi k
            left join indicator ind on ind.id = k.indicator_id
            left join execution_plan p on p.id = k.plan_id
            left join policy_framework f on f.id = k.framework_id
            left join theme t on t.id = k.theme_id
            left join measurement m on m.kpi_id = k.id
            """;

    private static final String ORDER = " order by k.position, k.id, m.year nulls first, m.peildatum nulls first, m.id";

    private final JdbcClient jdbc;
    private final Clock clock;

    KpiFiguresQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<KpiFigures> ofPlan(long planId) {
        return figures(jdbc.sql(SELECT + "where k.plan_id = ?" + ORDER)
                .param(planId)
                .query(this::row)
                .list());
    }

    public List<KpiFigures> ofFramework(long frameworkId) {
        return figures(jdbc.sql(SELECT + "where k.framework_id = ?" + ORDER)
                .param(frameworkId)
                .query(this::row)
                .list());
    }

    public Optional<KpiFigures> ofKpi(long kpiId) {
        return figures(jdbc.sql(SELECT + "where k.id = ?" + ORDER)
                        .param(kpiId)
                        .query(this::row)
                        .list())
                .stream()
                .findFirst();
    }

    private List<KpiFigures> figures(List<Row> rows) {
        Map<Long, List<Row>> byKpi = new LinkedHashMap<>();
        rows.forEach(row ->
                byKpi.computeIfAbsent(row.kpi().id(), id -> new ArrayList<>()).add(row));
        int currentYear = Year.now(clock).getValue();
        return byKpi.values().stream()
                .map(kpiRows -> figures(kpiRows, currentYear))
                .toList();
    }

    private static KpiFigures figures(List<Row> rows, int currentYear) {
        Row first = rows.get(0);
        KpiFigures k = first.kpi();
        List<Reading> series =
                rows.stream().map(Row::reading).filter(r -> r != null).toList();
        KpiAssessment assessment = KpiAssessment.of(
                k.kind(),
                k.comparator(),
                k.baselineValue(),
                k.baselineYear(),
                k.targetValue(),
                first.assessedYear(),
                series,
                currentYear);
        return k.measured(series, assessment);
    }

    private Row row(ResultSet rs, int rowNumber) throws SQLException {
        String period = rs.getString("period");
        Reading reading = period == null
                ? null
                : new Reading(
                        rs.getLong("measurement_id"),
                        period,
                        (Integer) rs.getObject("measured_year"),
                        rs.getBigDecimal("value"),
                        rs.getString("value_text"),
                        rs.getObject("peildatum", LocalDate.class));
        String comparator = rs.getString("comparator");
        KpiFigures kpi = new KpiFigures(
                rs.getLong("id"),
                (Long) rs.getObject("theme_id"),
                rs.getString("theme_code"),
                rs.getString("theme_name"),
                (Long) rs.getObject("objective_id"),
                rs.getString("name"),
                rs.getString("unit"),
                KpiUnit.valueOf(rs.getString("unit_kind")),
                rs.getString("source"),
                KpiKind.valueOf(rs.getString("kind")),
                comparator == null ? null : Comparator.valueOf(comparator),
                rs.getBigDecimal("baseline_value"),
                rs.getString("baseline_text"),
                (Integer) rs.getObject("baseline_year"),
                rs.getBigDecimal("target_value"),
                rs.getString("target_text"),
                (Integer) rs.getObject("target_year"),
                rs.getString("indicator_name"),
                List.of(),
                null);
        return new Row(kpi, (Integer) rs.getObject("assessed_year"), reading);
    }

    /** One row of the query: the KPI (without its series yet), the year it is judged in, and one measurement. */
    private record Row(KpiFigures kpi, Integer assessedYear, Reading reading) {}
}
