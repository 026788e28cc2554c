package nl.ivbplanner.report;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What only the council reports read; the rest comes from the plan page's read model, which holds nothing a council
 * may not see (no measurement notes, no reasons for reopening, no names of who edited what).
 */
@Repository
class ReportQueries {

    private final JdbcClient jdbc;

    ReportQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Later activities that continue this plan's, also those in a concept: the evaluation says what became of each
     * activity, and it must say the same to a council member, the public and the staff who wrote it.
     */
    List<CarriedOver> carriedOver(long planId) {
        return jdbc.sql("""
                select source.id as from_activity_id, source.title as from_title, p.year, p.title as plan_title,
                       p.state as plan_state, a.title
                from activity a
                join activity source on source.id = a.carried_over_from_id
                join execution_plan p on p.id = a.plan_id
                where source.plan_id = ?
                order by source.position, source.id, p.year""").param(planId).query(CarriedOver.class).list();
    }
}
