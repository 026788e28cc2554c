package nl.ivbplanner.report;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The one figure the progress report's dashboard needs beyond the plan itself: the framework's verdicts per year. */
@Repository
class ProgressDashboardQueries {

    private final JdbcClient jdbc;

    ProgressDashboardQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Per adopted or evaluated plan of the framework up to the report's year: how many activities got each year-end
     * verdict (none: open). Later plans are not part of a year's progress report, which reads the same once they exist.
     */
    List<ProgressDashboard.YearVerdicts> verdictsPerYear(long frameworkId, int upToYear) {
        return jdbc.sql("""
                select p.year,
                       count(a.id) filter (where e.status = 'GREEN') as green,
                       count(a.id) filter (where e.status = 'YELLOW') as yellow,
                       count(a.id) filter (where e.status = 'RED') as red,
                       count(a.id) filter (where a.id is not null and (e.status is null or e.status = 'NOT_EVALUATED')) as open
                from execution_plan p left join activity a on a.plan_id = p.id
                left join evaluation e on e.activity_id = a.id and e.moment = 'YEAR_END'
                where p.framework_id = ? and p.state <> 'CONCEPT' and p.year <= ?
                group by p.year order by p.year""")
                .params(frameworkId, upToYear)
                .query(ProgressDashboard.YearVerdicts.class)
                .list();
    }
}
