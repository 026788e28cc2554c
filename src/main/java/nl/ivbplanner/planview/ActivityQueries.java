package nl.ivbplanner.planview;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read model of the activity page: the activity, its partners, verdicts and carry-over chain. */
@Repository
class ActivityQueries {

    private final JdbcClient jdbc;

    ActivityQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ActivityDetail> activity(String municipalitySlug, long activityId) {
        return jdbc.sql("""
                select a.id, m.id as municipality_id, m.slug as municipality_slug, m.name as municipality_name,
                       f.slug as framework_slug, f.title as framework_title, p.year as plan_year, p.title as plan_title,
                       p.state as plan_state, coalesce(t.code || '. ', '') || t.name as theme, a.kind, a.title,
                       a.description, a.goal, a.intended_result, a.owner, a.planning, a.deadline,
                       r.display_name as responsible, a.status_note,
                       case when o.id is null then null else concat_ws('. ', o.number, o.text) end as objective
                from activity a
                left join objective o on o.id = a.objective_id
                left join app_user r on r.id = a.responsible_user_id
                left join execution_plan p on p.id = a.plan_id
                join policy_framework f on f.id = coalesce(p.framework_id, a.framework_id)
                join municipality m on m.id = f.municipality_id
                join theme t on t.id = a.theme_id
                where a.id = :id and m.slug = :municipality""")
                .param("id", activityId)
                .param("municipality", municipalitySlug)
                .query(ActivityDetail.class)
                .optional();
    }

    /** The activity's partner links in list order; an organisation with two roles has two links. */
    List<PartnerLinkRow> partners(long activityId) {
        return jdbc.sql("""
                select ap.partner_id, pa.name, ap.role, ap.wording
                from activity_partner ap join partner pa on pa.id = ap.partner_id
                where ap.activity_id = ? order by ap.position, ap.id""").param(activityId).query(PartnerLinkRow.class).list();
    }

    /** The staff's thread on the activity, oldest first. */
    List<Comment> comments(long activityId) {
        return jdbc.sql("""
                select author_name, created_at, body from activity_comment
                where activity_id = ? order by created_at, id""").param(activityId).query(Comment.class).list();
    }

    List<Verdict> verdicts(long activityId) {
        return jdbc.sql("""
                select e.moment, e.status, e.result_text, u.display_name as evaluated_by, e.evaluated_at
                from evaluation e left join app_user u on u.id = e.evaluated_by
                where e.activity_id = ? order by e.moment desc""").param(activityId).query(Verdict.class).list();
    }

    /**
     * The chain across years: every activity this one was carried over from, and every one it was carried into; those
     * in concept plans only for readers who may see concepts.
     */
    List<ChainLink> chain(long activityId, boolean withConcepts) {
        return jdbc.sql("""
                with recursive back(id, depth) as (
                    select carried_over_from_id, -1 from activity where id = :id and carried_over_from_id is not null
                    union all
                    select a.carried_over_from_id, b.depth - 1 from activity a join back b on a.id = b.id
                    where a.carried_over_from_id is not null
                ), forth(id, depth) as (
                    select id, 1 from activity where carried_over_from_id = :id
                    union all
                    select a.id, f.depth + 1 from activity a join forth f on a.carried_over_from_id = f.id
                )
                select a.id, c.depth, p.year, p.title as plan_title, a.title
                from (select * from back union all select * from forth) c
                join activity a on a.id = c.id join execution_plan p on p.id = a.plan_id
                where :withConcepts or p.state <> 'CONCEPT'
                order by c.depth""")
                .param("id", activityId)
                .param("withConcepts", withConcepts)
                .query(ChainLink.class)
                .list();
    }
}
