package nl.ivbplanner.evaluation;

import java.util.List;
import java.util.Optional;
import nl.ivbplanner.plan.PlanState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read models of the evaluation pages: one statement each, whatever the plan's size. */
@Repository
class EvaluationQueries {

    private final JdbcClient jdbc;

    EvaluationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every activity of the plan with its verdict at the moment, in the order of the plan page. */
    List<VerdictRow> rows(long planId, EvaluationMoment moment) {
        return rows(planId, moment, null);
    }

    Optional<VerdictRow> row(long planId, EvaluationMoment moment, long activityId) {
        return rows(planId, moment, activityId).stream().findFirst();
    }

    private List<VerdictRow> rows(long planId, EvaluationMoment moment, Long onlyActivity) {
        return jdbc.sql("""
                select a.id as activity_id, a.title, a.goal, a.intended_result,
                       coalesce(pt.id, t.id) as main_theme_id, coalesce(pt.name, t.name) as main_theme,
                       case when pt.id is null then null else t.name end as sub_theme,
                       (select string_agg(o.name, ', ' order by o.first_position, o.first_link)
                        from (select p.name, min(ap.position) as first_position, min(ap.id) as first_link
                              from activity_partner ap join partner p on p.id = ap.partner_id
                              where ap.activity_id = a.id group by p.id, p.name) o) as partners,
                       e.status, e.result_text, e.version, u.display_name as evaluated_by, e.evaluated_at
                from activity a join theme t on t.id = a.theme_id left join theme pt on pt.id = t.parent_id
                join theme_tree tree on tree.id = a.theme_id left join objective o on o.id = a.objective_id
                left join evaluation e on e.activity_id = a.id and e.moment = :moment
                left join app_user u on u.id = e.evaluated_by
                where a.plan_id = :plan and (cast(:only as bigint) is null or a.id = :only)
                order by tree.sort_key, o.position nulls first, o.id nulls first, a.position, a.id""")
                .param("moment", moment.name())
                .param("plan", planId)
                .param("only", onlyActivity)
                .query(VerdictRow.class)
                .list();
    }

    /** The plan's yellow and red activities, and whether each already continues in next year's plan. */
    List<CarryOverCandidate> carryOverCandidates(long planId, long frameworkId, int nextYear) {
        return jdbc.sql("""
                select a.id as activity_id, a.title, coalesce(pt.name, t.name) as main_theme, e.status, e.result_text,
                       exists (select 1 from activity c join execution_plan np on np.id = c.plan_id
                               where c.carried_over_from_id = a.id and np.framework_id = :framework and np.year = :next)
                           as carried
                from activity a join theme t on t.id = a.theme_id left join theme pt on pt.id = t.parent_id
                join evaluation e on e.activity_id = a.id and e.moment = 'YEAR_END' and e.status in ('YELLOW', 'RED')
                join theme_tree tree on tree.id = a.theme_id left join objective o on o.id = a.objective_id
                where a.plan_id = :plan
                order by tree.sort_key, o.position nulls first, o.id nulls first, a.position, a.id""")
                .param("framework", frameworkId)
                .param("next", nextYear)
                .param("plan", planId)
                .query(CarryOverCandidate.class)
                .list();
    }

    /** Next year's plan of the framework, if there is one: its title and state. */
    Optional<NextPlan> nextPlan(long frameworkId, int year) {
        return jdbc.sql("select title, state from execution_plan where framework_id = ? and year = ?")
                .params(frameworkId, year)
                .query(NextPlan.class)
                .optional();
    }

    record CarryOverCandidate(
            long activityId, String title, String mainTheme, String status, String resultText, boolean carried) {}

    record NextPlan(String title, PlanState state) {}
}
