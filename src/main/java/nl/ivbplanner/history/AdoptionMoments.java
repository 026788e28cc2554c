package nl.ivbplanner.history;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * When a plan, framework or activity became the council's: readers who do not read concepts see an item's history
 * from that moment on, as the concept's drafts are the staff's. A document adopted without a recorded revision (set
 * by SQL) has no such moment: null, and its history is not cut.
 */
@Repository
class AdoptionMoments {

    private static final String PLAN = """
            select min(r.revtstmp) from execution_plan_aud a join revinfo r on r.rev = a.rev
            where a.id = ? and a.state in ('VASTGESTELD', 'GEEVALUEERD')""";

    private static final String FRAMEWORK = """
            select min(r.revtstmp) from policy_framework_aud a join revinfo r on r.rev = a.rev
            where a.id = ? and a.state = 'VASTGESTELD'""";

    private static final String ACTIVITY = """
            select min(r.revtstmp) from activity a
            left join execution_plan_aud p on p.id = a.plan_id and p.state in ('VASTGESTELD', 'GEEVALUEERD')
            left join policy_framework_aud f on f.id = a.framework_id and f.state = 'VASTGESTELD'
            join revinfo r on r.rev = coalesce(p.rev, f.rev)
            where a.id = ?""";

    private final JdbcClient jdbc;

    AdoptionMoments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** When the plan was first adopted: the moment of that revision (epoch millis); null when it never was. */
    Long planAdoptedAt(long planId) {
        return moment(PLAN, planId);
    }

    /** When the framework was first adopted by the council (epoch millis); null when it never was. */
    Long frameworkAdoptedAt(long frameworkId) {
        return moment(FRAMEWORK, frameworkId);
    }

    /** When an activity became public: its plan's adoption, or for a framework's line the framework's. */
    Long activityAdoptedAt(long activityId) {
        return moment(ACTIVITY, activityId);
    }

    /** The one row of a min(): its value may be null, which single() refuses. */
    private Long moment(String sql, long id) {
        return jdbc.sql(sql).param(id).query(Long.class).list().get(0);
    }
}
