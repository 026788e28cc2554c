package nl.ivbplanner.planview;

import java.util.List;
import java.util.Optional;
import nl.ivbplanner.partner.PartnerMention;
import nl.ivbplanner.plan.PlanHeader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Read model of the plan and framework pages, and of their council reports: one statement per part of the page,
 * whatever the plan's size.
 */
@Repository
public class PlanViewQueries {

    private final JdbcClient jdbc;

    /** Whether rows belong to a yearly plan or directly to a framework; the column is never user input. */
    public enum Owner {
        PLAN("plan_id"),
        FRAMEWORK("framework_id");

        private final String column;

        Owner(String column) {
            this.column = column;
        }

        String column() {
            return column;
        }
    }

    PlanViewQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A plan's content, all of it; one statement per part. */
    public PlanContent content(PlanHeader plan) {
        return content(plan, PlanFilter.NONE);
    }

    /** A plan's content, with only the activities that pass the filter; one statement per part. */
    PlanContent content(PlanHeader plan, PlanFilter filter) {
        List<ThemeRow> themes = themes(plan.frameworkId());
        return new PlanContent(
                sections(Owner.PLAN, plan.planId()),
                themes,
                PlanView.themeTables(
                        themes,
                        activities(Owner.PLAN, plan.planId(), filter),
                        partnerMentions(Owner.PLAN, plan.planId())),
                PlanView.budgetTables(budget(Owner.PLAN, plan.planId())));
    }

    /** The framework's themes in tree order: each main theme followed by its sub-themes. */
    public List<ThemeRow> themes(long frameworkId) {
        return jdbc.sql("""
                select t.id, t.parent_id, t.code, t.name, t.kind, t.kernbeleid_field, t.description, t.goal, t.lead,
                       t.position
                from theme t join theme_tree tree on tree.id = t.id
                where t.framework_id = ? order by tree.sort_key""").param(frameworkId).query(ThemeRow.class).list();
    }

    public List<ActivityRow> activities(Owner owner, long ownerId) {
        return activities(owner, ownerId, PlanFilter.NONE);
    }

    /**
     * The activities that pass the filter. The free text ({@link PlanFilter#searchQuery()}, a tsquery of prefixes)
     * uses PostgreSQL's Dutch full-text search over the activity's texts (the expression of activity_search_idx), its
     * year-end result text and the names of its theme and main theme together, so the words of a search may stand in
     * different places: 'drugs' lists the activities under Rijswijk's theme 'Drugshandel'. Within one plan the rows
     * are found by plan first; the text is then matched on those few rows. The order is the document's: themes in
     * tree order, within a theme the activities of each objective together (those without one first), then position.
     */
    List<ActivityRow> activities(Owner owner, long ownerId, PlanFilter filter) {
        return jdbc.sql("""
                select a.id, a.theme_id, a.kind, a.title, a.description, a.goal, a.intended_result, a.planning,
                       a.status_note, e.status, e.result_text, o.id as objective_id, o.number as objective_number,
                       o.text as objective_text, interim.status as interim_status,
                       interim.evaluated_at as interim_evaluated_at
                from activity a
                left join evaluation e on e.activity_id = a.id and e.moment = 'YEAR_END'
                left join evaluation interim on interim.activity_id = a.id and interim.moment = 'INTERIM'
                left join objective o on o.id = a.objective_id
                join theme own on own.id = a.theme_id left join theme main on main.id = own.parent_id
                join theme_tree tree on tree.id = a.theme_id
                where a.%s = :owner
                  and (cast(:theme as bigint) is null or a.theme_id = :theme
                       or a.theme_id in (select t.id from theme t where t.parent_id = :theme))
                  and (cast(:partner as bigint) is null or exists (select 1 from activity_partner ap
                       where ap.activity_id = a.id and ap.partner_id = :partner))
                  and (cast(:status as varchar) is null or coalesce(e.status, 'NOT_EVALUATED') = :status)
                  and (cast(:search as varchar) is null
                       or to_tsvector('dutch', coalesce(a.title, '') || ' ' || coalesce(a.description, '') || ' '
                                      || coalesce(a.goal, '') || ' ' || coalesce(a.intended_result, ''))
                          || to_tsvector('dutch', coalesce(e.result_text, ''))
                          || to_tsvector('dutch', own.name || ' ' || coalesce(main.name, ''))
                          @@ to_tsquery('dutch', :search))
                order by tree.sort_key, o.position nulls first, o.id nulls first, a.position, a.id""".formatted(owner.column))
                .param("owner", ownerId)
                .param("theme", filter.themeId())
                .param("partner", filter.partnerId())
                .param(
                        "status",
                        filter.statusValue() == null
                                ? null
                                : filter.statusValue().name())
                .param("search", filter.searchQuery())
                .query(ActivityRow.class)
                .list();
    }

    /** The plan's lifecycle steps (adopted, reopened with a reason), newest first. */
    List<StateChangeRow> stateChanges(long planId) {
        return jdbc.sql("""
                select c.from_state, c.to_state, c.reason, u.display_name as changed_by, c.changed_at
                from plan_state_change c left join app_user u on u.id = c.changed_by
                where c.plan_id = ? order by c.changed_at desc, c.id desc""").param(planId).query(StateChangeRow.class).list();
    }

    /** Every partner link of the plan's (or framework's) activities, in each activity's list order. */
    public List<PartnerMention> partnerMentions(Owner owner, long ownerId) {
        return jdbc.sql("""
                select ap.activity_id, ap.partner_id, coalesce(ap.wording, pa.name) as name, ap.role
                from activity_partner ap join partner pa on pa.id = ap.partner_id
                join activity a on a.id = ap.activity_id
                where a.%s = ? order by ap.activity_id, ap.position, ap.id""".formatted(owner.column))
                .param(ownerId)
                .query(PartnerMention.class)
                .list();
    }

    /** The organisations that take part in a plan, for the partner filter. */
    List<PartnerOption> partners(long planId) {
        return jdbc.sql("""
                select distinct pa.id, pa.name from partner pa
                join activity_partner ap on ap.partner_id = pa.id
                join activity a on a.id = ap.activity_id
                where a.plan_id = ? order by pa.name""").param(planId).query(PartnerOption.class).list();
    }

    public List<SectionRow> sections(Owner owner, long ownerId) {
        return jdbc.sql(("select id, theme_id, level, heading, body, not_public from narrative_section where %s = ?"
                                + " order by position, id")
                        .formatted(owner.column))
                .param(ownerId)
                .query(SectionRow.class)
                .list();
    }

    public Optional<FrameworkHeader> frameworkHeader(String municipalitySlug, String frameworkSlug) {
        return jdbc.sql("""
                select m.id as municipality_id, m.slug as municipality_slug, m.name as municipality_name,
                       m.publish_publicly, f.id as framework_id, f.slug as framework_slug, f.title, f.subtitle,
                       f.kind, f.first_year, f.last_year, f.adopted_by_council_on, f.mission, f.vision, f.success_factors,
                       f.state
                from policy_framework f join municipality m on m.id = f.municipality_id
                where m.slug = :municipality and f.slug = :framework""")
                .param("municipality", municipalitySlug)
                .param("framework", frameworkSlug)
                .query(FrameworkHeader.class)
                .optional();
    }

    public List<ObjectiveRow> frameworkObjectives(long frameworkId) {
        return jdbc.sql("""
                select o.id, o.theme_id, o.number, o.text from objective o join theme t on t.id = o.theme_id
                where t.framework_id = ? and o.plan_id is null order by o.position, o.id""").param(frameworkId).query(ObjectiveRow.class).list();
    }

    public List<PlanLink> plans(long frameworkId, boolean includeConcepts) {
        return jdbc.sql("""
                select year, title, state from execution_plan
                where framework_id = ? and (? or state <> 'CONCEPT') order by year desc""")
                .param(frameworkId)
                .param(includeConcepts)
                .query(PlanLink.class)
                .list();
    }

    public List<BudgetRow> budget(Owner owner, long ownerId) {
        return jdbc.sql("""
                select t.id as table_id, t.title as table_title, t.printed_total_cents, l.label, l.amount_cents,
                       l.amount_text, l.remark
                from budget_table t join budget_line l on l.budget_table_id = t.id
                where t.%s = ? order by t.position, l.position, l.id""".formatted(owner.column))
                .param(ownerId)
                .query(BudgetRow.class)
                .list();
    }
}
