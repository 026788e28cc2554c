package nl.ivbplanner.kpi;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read model of the KPI list: one statement for all KPIs of a plan with their themes. */
@Repository
class KpiQueries {

    private final JdbcClient jdbc;

    KpiQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<KpiRow> rows(long planId) {
        return jdbc.sql("""
                select k.id, k.name, t.code as theme_code, t.name as theme_name, k.unit, k.source, k.kind, k.comparator,
                       k.baseline_value, k.baseline_text, k.baseline_year, k.target_value, k.target_text, k.target_year
                from kpi k left join theme t on t.id = k.theme_id
                where k.plan_id = ? order by k.position, k.id""")
                .param(planId).query(KpiRow.class).list();
    }
}
