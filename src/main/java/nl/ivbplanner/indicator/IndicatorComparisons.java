package nl.ivbplanner.indicator;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.ivbplanner.kpi.KpiUnit;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The region's comparable figures, for the region view: per standard indicator, the measurements of the linked KPIs
 * of every municipality in the region, up to and including a year (null: all). Only what the municipalities adopted
 * counts, as in the rest of the region view: KPIs of adopted frameworks and of their adopted or evaluated plans.
 * One statement, whatever the number of municipalities, KPIs and measurements.
 */
@Component
public class IndicatorComparisons {

    /**
     * Every measurement of a linked KPI of an adopted document in the region up to the year, with its indicator and the
     * municipality's inhabitants of its year. {@code yearly}: the value stands for its whole year (a year given, and
     * the period is that year or names none), the only values converted per 1.000 inwoners.
     */
    private static final String LINKED_VALUES = """
            with linked_value as (
                select k.indicator_id, m.id as municipality_id, m.slug as municipality_slug,
                       m.name as municipality_name, k.name as kpi_name, f.title as framework_title,
                       p.year as plan_year, coalesce(ms.year, extract(year from ms.peildatum)::integer) as year,
                       ms.period, ms.year is not null and (trim(ms.period) = ms.year::text
                           or ms.period !~ '[0-9]{4}') as yearly,
                       ms.value, ms.value_text, k.unit_kind, k.unit, ms.peildatum,
                       coalesce(ms.source, k.source) as source, k.position as kpi_position, ms.id as measurement_id
                from kpi k
                left join execution_plan p on p.id = k.plan_id
                join policy_framework f on f.id = coalesce(k.framework_id, p.framework_id)
                     and f.state = 'VASTGESTELD'
                join municipality m on m.id = f.municipality_id and m.safety_region = :region
                join measurement ms on ms.kpi_id = k.id
                where k.indicator_id is not null
                  and (k.plan_id is null or p.state in ('VASTGESTELD', 'GEEVALUEERD'))
            )
            select v.indicator_id, ind.code as indicator_code, ind.name as indicator_name,
                   ind.source as indicator_source, ind.unit_kind as indicator_unit_kind,
                   v.municipality_slug, v.municipality_name, v.kpi_name, v.framework_title,
                   v.plan_year, v.year, v.period, v.yearly, v.value, v.value_text, v.unit_kind, v.unit,
                   v.peildatum,
                   v.source, i.inhabitants, i.source as inhabitants_source
            from linked_value v
            join indicator ind on ind.id = v.indicator_id
            left join municipality_inhabitants i on i.municipality_id = v.municipality_id and i.year = v.year
            where cast(:year as integer) is null or v.year <= :year
            order by ind.position, v.municipality_name, v.municipality_id, v.year nulls last,
                     v.plan_year nulls first, v.kpi_position, v.peildatum nulls first, v.measurement_id""";

    private final JdbcClient jdbc;

    IndicatorComparisons(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true, propagation = Propagation.MANDATORY)
    public List<IndicatorComparison> ofRegion(String region, Integer year) {
        RowMapper<IndicatorValue> values = new DataClassRowMapper<>(IndicatorValue.class);
        Map<Long, IndicatorComparison> comparisons = new LinkedHashMap<>();
        jdbc.sql(LINKED_VALUES).param("region", region).param("year", year).query((ResultSet row) -> {
            IndicatorComparison found = comparisons.get(row.getLong("indicator_id"));
            if (found == null) {
                found = new IndicatorComparison(
                        row.getString("indicator_code"),
                        row.getString("indicator_name"),
                        row.getString("indicator_source"),
                        KpiUnit.valueOf(row.getString("indicator_unit_kind")),
                        new ArrayList<>());
                comparisons.put(row.getLong("indicator_id"), found);
            }
            found.values().add(values.mapRow(row, row.getRow()));
        });
        return comparisons.values().stream()
                .map(c ->
                        new IndicatorComparison(c.code(), c.name(), c.source(), c.unitKind(), List.copyOf(c.values())))
                .toList();
    }
}
