package nl.ivbplanner.support;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Scenarios on top of the seeded plans, written in one place: a plan put into a state, verdicts given. Plain SQL like
 * the seeds (no history rows, no checks), so a test starts from exactly the state it names and then exercises the
 * real pages. In a {@code @Transactional} test it is rolled back with the rest.
 *
 * <pre>
 * Given.in(jdbc).plan("strategisch-veiligheidsbeleid-2026-2030", 2026).adopted(LocalDate.of(2026, 2, 10));
 * </pre>
 */
public final class Given {

    private final JdbcClient jdbc;

    private Given(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static Given in(JdbcClient jdbc) {
        return new Given(jdbc);
    }

    /** The plan of a year under a framework, by the framework's slug. */
    public Plan plan(String framework, int year) {
        return plan(jdbc.sql("""
                select p.id from execution_plan p join policy_framework f on f.id = p.framework_id
                where f.slug = ? and p.year = ?""").param(framework).param(year).query(Long.class).single());
    }

    public Plan plan(long id) {
        return new Plan(id);
    }

    /** One plan, to put into a state and give verdicts on. */
    public final class Plan {

        private final long id;

        private Plan(long id) {
            this.id = id;
        }

        public long id() {
            return id;
        }

        /** Its activities in the plan's order. */
        public List<Long> activities() {
            return jdbc.sql("select id from activity where plan_id = ? order by position, id")
                    .param(id)
                    .query(Long.class)
                    .list();
        }

        /** Adopted by the college on that day, open for verdicts. */
        public Plan adopted(LocalDate on) {
            jdbc.sql("update execution_plan set state = 'VASTGESTELD', adopted_on = ? where id = ?")
                    .param(on)
                    .param(id)
                    .update();
            return this;
        }

        /** Adopted and its evaluation closed: read-only, verdicts final. */
        public Plan evaluated(LocalDate adoptedOn, LocalDate evaluatedOn) {
            jdbc.sql("update execution_plan set state = 'GEEVALUEERD', adopted_on = ?, evaluated_on = ? where id = ?")
                    .param(adoptedOn)
                    .param(evaluatedOn)
                    .param(id)
                    .update();
            return this;
        }

        /** Back to a concept, as the seeds have it. */
        public Plan concept() {
            jdbc.sql("update execution_plan set state = 'CONCEPT', adopted_on = null, evaluated_on = null where id = ?")
                    .param(id)
                    .update();
            return this;
        }

        /** The same year-end verdict (GREEN, YELLOW, RED) on every activity of the plan; a null text leaves it empty. */
        public Plan judgedAtYearEnd(String status, String resultText) {
            jdbc.sql("""
                    insert into evaluation (activity_id, moment, status, result_text)
                    select id, 'YEAR_END', :status, cast(:text as text) from activity where plan_id = :plan""")
                    .param("status", status)
                    .param("text", resultText)
                    .param("plan", id)
                    .update();
            return this;
        }

        /** The same year-end verdict on some of the plan's activities. */
        public Plan judgedAtYearEnd(List<Long> activities, String status, String resultText) {
            jdbc.sql("""
                    insert into evaluation (activity_id, moment, status, result_text)
                    select id, 'YEAR_END', :status, cast(:text as text) from activity
                    where plan_id = :plan and id in (:activities)""")
                    .param("status", status)
                    .param("text", resultText)
                    .param("plan", id)
                    .param("activities", activities)
                    .update();
            return this;
        }
    }
}
