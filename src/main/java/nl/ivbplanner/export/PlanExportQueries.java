package nl.ivbplanner.export;

import java.util.List;
import nl.ivbplanner.plan.PlanHeader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read model of a plan export: one statement per sheet, whatever the plan's size. */
@Repository
class PlanExportQueries {

    private final JdbcClient jdbc;

    PlanExportQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The plan's activities in the plan page's order: themes in tree order, within a theme the activities of each
     * objective together, then by position. The partners come from the plan page's partner links, each organisation once.
     */
    List<ExportActivity> activities(PlanHeader plan) {
        return jdbc.sql("""
                select a.id, concat_ws('. ', main.code, main.name) as main_theme,
                       case when t.id = main.id then null else concat_ws('. ', t.code, t.name) end as sub_theme,
                       case when o.id is null then null else concat_ws('. ', o.number, o.text) end as objective,
                       a.title, a.description, a.goal,
                       null as partners, a.intended_result, a.planning, legend.label as status_label, e.result_text
                from activity a
                join theme t on t.id = a.theme_id
                join theme_tree tree on tree.id = t.id
                join theme main on main.id = tree.main_theme_id
                left join objective o on o.id = a.objective_id
                left join evaluation e on e.activity_id = a.id and e.moment = 'YEAR_END'
                left join status_legend legend on legend.municipality_id = :municipality
                     and legend.status = coalesce(e.status, 'NOT_EVALUATED')
                where a.plan_id = :plan
                order by tree.sort_key, o.position nulls first, o.id nulls first, a.position, a.id""")
                .param("plan", plan.planId())
                .param("municipality", plan.municipalityId())
                .query(ExportActivity.class)
                .list();
    }

    List<ExportBudgetLine> budget(long planId) {
        return jdbc.sql("""
                select l.id, t.title as table_title, l.label, l.amount_cents, l.amount_text, l.remark
                from budget_table t join budget_line l on l.budget_table_id = t.id
                where t.plan_id = ? order by t.position, t.id, l.position, l.id""").param(planId).query(ExportBudgetLine.class).list();
    }
}
