package nl.ivbplanner.mywork;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the municipality's people still owe, with the day it is due: the one definition "Mijn werk" shows and the
 * reminders announce. An activity's deadline (until its year-end verdict is given), its interim status on an adopted
 * plan (by the municipality's day in the plan's year), its year-end verdict (from that day in the year after) and a
 * KPI's measurement for the plan's year (by that day in the year after). The moments are the municipality's reminder
 * settings.
 */
@Repository
public class DueWork {

    /** The four kinds of work; {@code period} tells which deadline or year a reminder was about. */
    public enum Kind {
        DEADLINE,
        INTERIM,
        YEAR_END,
        MEASUREMENT
    }

    /**
     * One thing due. {@code notifyOn} is the day a reminder goes out: {@code daysBefore} ahead of a deadline or
     * measurement date, on the day for a status or verdict (which is asked for, not announced).
     */
    public record Item(
            Kind kind,
            long userId,
            long subjectId,
            String period,
            LocalDate dueOn,
            LocalDate notifyOn,
            String title,
            String municipalitySlug,
            String frameworkSlug,
            int planYear,
            String planTitle,
            boolean remindersOn) {

        /** The page where the work is done: the activity, its row on the evaluation page, the KPI's measurements. */
        public String path() {
            String plan = "/gemeenten/%s/kaders/%s/plannen/%d".formatted(municipalitySlug, frameworkSlug, planYear);
            return switch (kind) {
                case DEADLINE -> "/gemeenten/%s/activiteiten/%d".formatted(municipalitySlug, subjectId);
                case INTERIM -> plan + "/evaluatie?moment=tussentijds#rij-" + subjectId;
                case YEAR_END -> plan + "/evaluatie#rij-" + subjectId;
                case MEASUREMENT -> plan + "/kpis/" + subjectId + "/metingen";
            };
        }
    }

    /** Every plan with its addresses and its municipality's reminder moments, then the four kinds of work. */
    private static final String DUE = """
            with plan as (
                select p.id, p.year, p.title, p.state, m.id as municipality_id, m.slug as municipality_slug,
                       f.slug as framework_slug,
                       s.enabled, s.days_before,
                       to_date(p.year || '-' || s.interim_status_due, 'YYYY-MM-DD') as interim_due,
                       to_date((p.year + 1) || '-' || s.year_end_verdict_due, 'YYYY-MM-DD') as year_end_due,
                       to_date((p.year + 1) || '-' || s.measurement_due, 'YYYY-MM-DD') as measurement_due
                from execution_plan p
                join policy_framework f on f.id = p.framework_id
                join municipality m on m.id = f.municipality_id
                join reminder_settings s on s.municipality_id = m.id
                where p.state in ('CONCEPT', 'VASTGESTELD')
            )
            select 'DEADLINE' as kind, a.responsible_user_id as user_id, a.id as subject_id,
                   to_char(a.deadline, 'YYYY-MM-DD') as period, a.deadline as due_on,
                   a.deadline - p.days_before as notify_on, a.title, p.municipality_slug, p.framework_slug,
                   p.year as plan_year, p.title as plan_title, p.enabled as reminders_on, p.municipality_id
            from activity a join plan p on p.id = a.plan_id
            where a.responsible_user_id is not null and a.deadline is not null
              and not exists (select 1 from evaluation e where e.activity_id = a.id and e.moment = 'YEAR_END')
            union all
            select 'INTERIM', a.responsible_user_id, a.id, p.year::text, p.interim_due, p.interim_due,
                   a.title, p.municipality_slug, p.framework_slug, p.year, p.title, p.enabled, p.municipality_id
            from activity a join plan p on p.id = a.plan_id
            where a.responsible_user_id is not null and p.state = 'VASTGESTELD'
              and not exists (select 1 from evaluation e where e.activity_id = a.id)
            union all
            select 'YEAR_END', a.responsible_user_id, a.id, p.year::text, p.year_end_due, p.year_end_due,
                   a.title, p.municipality_slug, p.framework_slug, p.year, p.title, p.enabled, p.municipality_id
            from activity a join plan p on p.id = a.plan_id
            where a.responsible_user_id is not null and p.state = 'VASTGESTELD'
              and not exists (select 1 from evaluation e where e.activity_id = a.id and e.moment = 'YEAR_END')
            union all
            select 'MEASUREMENT', k.responsible_user_id, k.id, p.year::text, p.measurement_due,
                   p.measurement_due - p.days_before, k.name, p.municipality_slug, p.framework_slug, p.year,
                   p.title, p.enabled, p.municipality_id
            from kpi k join plan p on p.id = k.plan_id
            where k.responsible_user_id is not null and p.state = 'VASTGESTELD'
              and not exists (select 1 from measurement x where x.kpi_id = k.id
                              and coalesce(x.year, extract(year from x.peildatum)::int) = p.year)
            """;

    /**
     * The user is one of the municipality's advisors and managers: someone who moved or became a council member is
     * shown and told nothing more of its (concept) plans, though the activity still names them.
     */
    static final String OWN_STAFF = "u.role in ('ADVISOR', 'MANAGER') and u.municipality_id = due.municipality_id";

    private final JdbcClient jdbc;

    DueWork(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A user's open statuses, verdicts and measurements (deadlines are on their list of activities), soonest first. */
    List<Item> openFor(long userId) {
        return jdbc.sql("select due.* from (" + DUE + ") due join app_user u on u.id = due.user_id"
                        + " where due.user_id = ? and due.kind <> 'DEADLINE' and " + OWN_STAFF
                        + " order by due.due_on, due.kind, due.title, due.subject_id")
                .param(userId)
                .query(Item.class)
                .list();
    }

    /**
     * What reminders announce on {@code today}: due work of enabled users with an e-mail address and reminders on, in
     * municipalities that send them, not announced to them before. Only to the municipality's own advisors and
     * managers: someone who moved or became a council member is told nothing more of its (concept) plans. Per user,
     * soonest first.
     */
    public List<Item> toAnnounce(LocalDate today) {
        return jdbc.sql("select due.* from (" + DUE + """
                        ) due
                        join app_user u on u.id = due.user_id
                        where due.reminders_on and due.notify_on <= ?
                          and u.enabled and u.reminders_enabled and u.email ~ '\\S' and """ + " " + OWN_STAFF + """
                          and not exists (select 1 from reminder_sent r where r.user_id = due.user_id
                                          and r.kind = due.kind and r.subject_id = due.subject_id
                                          and r.period = due.period)
                        order by due.user_id, due.due_on, due.kind, due.title, due.subject_id""")
                .param(today)
                .query(Item.class)
                .list();
    }
}
