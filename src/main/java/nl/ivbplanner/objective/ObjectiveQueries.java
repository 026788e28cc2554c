package nl.ivbplanner.objective;

import java.util.List;
import nl.ivbplanner.plan.ObjectiveChoices;
import nl.ivbplanner.plan.ObjectiveOption;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The read side of objectives: the plan's and the framework's goals in one statement, listed on the objectives page
 * and offered as choices to activities and KPIs; and what points at a goal.
 */
@Repository
class ObjectiveQueries implements ObjectiveChoices {

    private final JdbcClient jdbc;

    ObjectiveQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The plan's own goals and its framework's goals, in theme order (main theme, then its sub-themes). */
    List<ObjectiveRow> objectives(long planId, long frameworkId) {
        return jdbc.sql("""
                select o.id, o.plan_id is not null as of_plan, o.number, o.text, t.id as theme_id,
                       t.code as theme_code, t.name as theme_name, p.code as parent_code, p.name as parent_name
                from objective o join theme t on t.id = o.theme_id left join theme p on p.id = t.parent_id
                join theme_tree tree on tree.id = t.id
                where t.framework_id = :framework and (o.plan_id = :plan or o.plan_id is null)
                order by tree.sort_key, o.position, o.id""")
                .param("framework", frameworkId)
                .param("plan", planId)
                .query(ObjectiveRow.class)
                .list();
    }

    @Override
    public List<ObjectiveOption> forPlan(long planId, long frameworkId) {
        return objectives(planId, frameworkId).stream()
                .map(ObjectiveRow::toOption)
                .toList();
    }

    /** How many activities and KPIs point at an objective; deleting it leaves them without one. */
    Links links(long objectiveId) {
        return jdbc.sql("""
                select (select count(*) from activity where objective_id = :id) as activities,
                       (select count(*) from kpi where objective_id = :id) as kpis""").param("id", objectiveId).query(Links.class).single();
    }

    record Links(long activities, long kpis) {}
}
