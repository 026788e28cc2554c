package nl.ivbplanner.planview;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import nl.ivbplanner.common.DutchTime;
import nl.ivbplanner.evaluation.EvaluationStatus;
import nl.ivbplanner.planview.PlanViewQueries.Owner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Read model of the API's activities: everything a reader of the plan page may see of them, also what the page shows
 * only on the activity's own page (owner, deadline, both verdicts, where it was carried over from). One statement for
 * the activities and one for their partners, whatever their number.
 */
@Repository
class PlanApiQueries {

    /**
     * The year-end verdict as the reader may see it: the municipality's own readers while it is being given, anyone
     * else once the evaluation is closed (as the published documents and the open data have it).
     */
    private static final String YEAR_END = """
            left join evaluation e on e.activity_id = a.id and e.moment = 'YEAR_END'
                 and (:insider or exists (select 1 from execution_plan ep where ep.id = a.plan_id and ep.state = 'GEEVALUEERD'))
            """;

    private static final String FILTER = """
            where a.%s = :owner
              and (cast(:status as varchar) is null or coalesce(e.status, 'NOT_EVALUATED') = :status)""";

    private final JdbcClient jdbc;

    PlanApiQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The activities in the document's order (as {@link PlanViewQueries#activities}), those with the year-end status
     * when one is given, from {@code offset} on and at most {@code limit} (null: all). The activity it was carried over
     * from is named only when its plan is no concept or the reader may see concepts. Interim statuses and the deadline
     * the staff set are the municipality's own readers' ({@code insider}), as on the pages; the year-end verdict see
     * {@link #YEAR_END}.
     */
    List<ApiActivityRow> activities(
            Owner owner,
            long ownerId,
            EvaluationStatus status,
            Integer limit,
            long offset,
            boolean withConcepts,
            boolean insider) {
        return jdbc.sql("""
                select a.id, a.theme_id, a.objective_id, a.kind, a.title, a.description, a.goal, a.intended_result,
                       a.owner, a.planning, case when :insider then a.deadline end as deadline, a.status_note,
                       e.status, e.result_text, e.evaluated_at,
                       interim.status as interim_status, interim.result_text as interim_result_text,
                       interim.evaluated_at as interim_evaluated_at,
                       case when source_plan.id is not null then source.id end as source_id, source_plan.year as source_year,
                       case when source_plan.id is not null then source.title end as source_title
                from activity a
                """ + YEAR_END + """
                left join evaluation interim on interim.activity_id = a.id and interim.moment = 'INTERIM' and :insider
                left join objective o on o.id = a.objective_id
                left join activity source on source.id = a.carried_over_from_id
                left join execution_plan source_plan on source_plan.id = source.plan_id
                     and (:withConcepts or source_plan.state <> 'CONCEPT')
                join theme_tree tree on tree.id = a.theme_id
                """ + FILTER.formatted(owner.column()) + """

                order by tree.sort_key, o.position nulls first, o.id nulls first, a.position, a.id
                limit :limit offset :offset""")
                .param("owner", ownerId)
                .param("status", status == null ? null : status.name())
                .param("withConcepts", withConcepts)
                .param("insider", insider)
                .param("limit", limit)
                .param("offset", offset)
                .query(ApiActivityRow.class)
                .list();
    }

    long count(Owner owner, long ownerId, EvaluationStatus status, boolean insider) {
        return jdbc.sql("""
                select count(*) from activity a
                join theme_tree tree on tree.id = a.theme_id
                """ + YEAR_END + FILTER.formatted(owner.column()))
                .param("owner", ownerId)
                .param("insider", insider)
                .param("status", status == null ? null : status.name())
                .query(Long.class)
                .single();
    }

    /** The partner links of the activities, each activity's in its list order. */
    List<PartnerRow> partners(Collection<Long> activityIds) {
        if (activityIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select ap.activity_id, pa.name, ap.role, ap.wording
                from activity_partner ap join partner pa on pa.id = ap.partner_id
                where ap.activity_id in (:ids) order by ap.activity_id, ap.position, ap.id""").param("ids", activityIds).query(PartnerRow.class).list();
    }

    /** A plan's goals: the framework's own and those the plan adds, in their order. */
    List<ObjectiveRow> planObjectives(long frameworkId, long planId) {
        return jdbc.sql("""
                select o.id, o.theme_id, o.number, o.text from objective o join theme t on t.id = o.theme_id
                where t.framework_id = :framework and (o.plan_id is null or o.plan_id = :plan)
                order by o.position, o.id""")
                .param("framework", frameworkId)
                .param("plan", planId)
                .query(ObjectiveRow.class)
                .list();
    }

    record ApiActivityRow(
            long id,
            long themeId,
            Long objectiveId,
            String kind,
            String title,
            String description,
            String goal,
            String intendedResult,
            String owner,
            String planning,
            LocalDate deadline,
            String statusNote,
            String status,
            String resultText,
            OffsetDateTime evaluatedAt,
            String interimStatus,
            String interimResultText,
            OffsetDateTime interimEvaluatedAt,
            Long sourceId,
            Integer sourceYear,
            String sourceTitle) {

        ApiActivityRow {
            evaluatedAt = DutchTime.of(evaluatedAt);
            interimEvaluatedAt = DutchTime.of(interimEvaluatedAt);
        }
    }

    record PartnerRow(long activityId, String name, String role, String wording) {}
}
