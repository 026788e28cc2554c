package nl.ivbplanner.mywork;

import java.time.LocalDate;
import java.util.List;
import nl.ivbplanner.plan.PlanState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The activities a user answers for, in one statement. */
@Repository
class MyWorkQueries {

    private final JdbcClient jdbc;

    MyWorkQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An activity of a concept or adopted plan with the user as its responsible person. */
    record Item(
            long id,
            String title,
            LocalDate deadline,
            String municipalitySlug,
            String frameworkSlug,
            int planYear,
            String planTitle,
            PlanState planState) {}

    /**
     * Soonest deadline first, those without one last; evaluated plans' activities are done with. Only while the user
     * is one of the municipality's advisors and managers (as {@link DueWork#OWN_STAFF}).
     */
    List<Item> of(long userId) {
        return jdbc.sql("""
                        select a.id, a.title, a.deadline, m.slug as municipality_slug, f.slug as framework_slug,
                               p.year as plan_year, p.title as plan_title, p.state as plan_state
                        from activity a
                        join execution_plan p on p.id = a.plan_id
                        join policy_framework f on f.id = p.framework_id
                        join municipality m on m.id = f.municipality_id
                        join app_user u on u.id = a.responsible_user_id
                        where a.responsible_user_id = ? and p.state <> 'GEEVALUEERD'
                          and u.role in ('ADVISOR', 'MANAGER') and u.municipality_id = m.id
                        order by a.deadline nulls last, p.year, f.slug, a.position, a.id""").param(userId).query(Item.class).list();
    }
}
