package nl.ivbplanner.export;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read model of a plan export: one statement per sheet, whatever the plan's size. */
@Repository
class PlanExportQueries {

    private final JdbcClient jdbc;

    PlanExportQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ExportHeader> header(String municipalitySlug, String frameworkSlug, int year) {
        return jdbc.sql("""
                select m.id as municipality_id, m.name as municipality_name, p.id as plan_id, p.year, p.title, p.state
                from execution_plan p
                join policy_framework f on f.id = p.framework_id
                join municipality m on m.id = f.municipality_id
                where m.slug = :municipality and f.slug = :framework and p.year = :year""")
                .param("municipality", municipalitySlug).param("framework", frameworkSlug).param("year", year)
                .query(ExportHeader.class).optional();
    }

    /**
     * The plan's activities in the plan page's order: by main theme, then by position. A theme's main theme is
     * its top ancestor (themes nest), found with a recursive query so that the count of statements stays fixed.
     * The role suffixes are parameters because they are translated texts.
     */
    List<ExportActivity> activities(ExportHeader plan, String leadSuffix, String directorSuffix) {
        return jdbc.sql("""
                with recursive lineage as (
                    select t.id, t.id as main_id from theme t
                    where t.parent_id is null and t.framework_id = (select framework_id from execution_plan where id = :plan)
                    union all
                    select t.id, l.main_id from theme t join lineage l on t.parent_id = l.id
                )
                select concat_ws('. ', main.code, main.name) as main_theme,
                       case when t.id = main.id then null else concat_ws('. ', t.code, t.name) end as sub_theme,
                       a.title, a.description, a.goal,
                       (select string_agg(coalesce(ap.wording, pa.name)
                                          || case when ap.role = 'TREKKER' then :lead
                                                  when ap.role = 'REGIE' then :director else '' end,
                                          '; ' order by ap.position, ap.id)
                        from activity_partner ap join partner pa on pa.id = ap.partner_id
                        where ap.activity_id = a.id) as partners,
                       a.intended_result, a.planning, legend.label as status_label, e.result_text
                from activity a
                join theme t on t.id = a.theme_id
                join lineage l on l.id = t.id
                join theme main on main.id = l.main_id
                left join evaluation e on e.activity_id = a.id and e.moment = 'YEAR_END'
                left join status_legend legend on legend.municipality_id = :municipality
                     and legend.status = coalesce(e.status, 'NOT_EVALUATED')
                where a.plan_id = :plan
                order by main.position, main.id, a.position, a.id""")
                .param("plan", plan.planId()).param("municipality", plan.municipalityId())
                .param("lead", leadSuffix).param("director", directorSuffix)
                .query(ExportActivity.class).list();
    }

    List<ExportBudgetLine> budget(long planId) {
        return jdbc.sql("""
                select t.title as table_title, l.label, l.amount_cents, l.amount_text, l.remark
                from budget_table t join budget_line l on l.budget_table_id = t.id
                where t.plan_id = ? order by t.position, t.id, l.position, l.id""")
                .param(planId).query(ExportBudgetLine.class).list();
    }
}
