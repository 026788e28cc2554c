package nl.ivbplanner.report;

import java.util.List;
import java.util.Optional;
import nl.ivbplanner.partner.PartnerMention;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Read model of the council reports: one statement per part of a report, whatever the plan's size. Reads only what
 * a council may see: no measurement notes, no reasons for reopening, no names of who edited what.
 */
@Repository
class ReportQueries {

    private final JdbcClient jdbc;

    ReportQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ReportHeader> plan(String municipalitySlug, String frameworkSlug, int year) {
        return jdbc.sql("""
                select m.id as municipality_id, m.slug as municipality_slug, m.name as municipality_name,
                       m.publish_publicly, f.id as framework_id, f.slug as framework_slug,
                       f.title as framework_title, p.id as plan_id, p.year, p.title, p.state, p.adopted_on,
                       p.evaluated_on
                from execution_plan p
                join policy_framework f on f.id = p.framework_id
                join municipality m on m.id = f.municipality_id
                where m.slug = :municipality and f.slug = :framework and p.year = :year""")
                .param("municipality", municipalitySlug).param("framework", frameworkSlug).param("year", year)
                .query(ReportHeader.class).optional();
    }

    Optional<FrameworkReportHeader> framework(String municipalitySlug, String frameworkSlug) {
        return jdbc.sql("""
                select m.id as municipality_id, m.slug as municipality_slug, m.name as municipality_name,
                       m.publish_publicly, f.id as framework_id, f.slug as framework_slug, f.title, f.subtitle,
                       f.first_year, f.last_year, f.adopted_by_council_on, f.mission, f.vision
                from policy_framework f join municipality m on m.id = f.municipality_id
                where m.slug = :municipality and f.slug = :framework""")
                .param("municipality", municipalitySlug).param("framework", frameworkSlug)
                .query(FrameworkReportHeader.class).optional();
    }

    /** The framework's themes in tree order: each main theme followed by its sub-themes. */
    List<ReportTheme> themes(long frameworkId) {
        return jdbc.sql("""
                select t.id, t.parent_id, t.code, t.name, t.description, t.goal, t.lead
                from theme t join theme_tree tree on tree.id = t.id
                where t.framework_id = ? order by tree.sort_key""")
                .param(frameworkId).query(ReportTheme.class).list();
    }

    List<ReportSection> sections(long planId) {
        return jdbc.sql("""
                select id, level, heading, body from narrative_section where plan_id = ? order by position, id""")
                .param(planId).query(ReportSection.class).list();
    }

    List<ReportActivity> activities(long planId) {
        return jdbc.sql("""
                select a.id, a.theme_id, a.title, a.description, a.goal, a.intended_result, a.planning,
                       e.status, e.result_text, o.id as objective_id, o.number as objective_number,
                       o.text as objective_text
                from activity a
                join theme_tree tree on tree.id = a.theme_id
                left join objective o on o.id = a.objective_id
                left join evaluation e on e.activity_id = a.id and e.moment = 'YEAR_END'
                where a.plan_id = ?
                order by tree.sort_key, o.position nulls first, o.id nulls first, a.position, a.id""")
                .param(planId).query(ReportActivity.class).list();
    }

    List<PartnerMention> partners(long planId) {
        return jdbc.sql("""
                select ap.activity_id, ap.partner_id, coalesce(ap.wording, pa.name) as name, ap.role
                from activity_partner ap
                join partner pa on pa.id = ap.partner_id
                join activity a on a.id = ap.activity_id
                where a.plan_id = ? order by ap.activity_id, ap.position, ap.id""")
                .param(planId).query(PartnerMention.class).list();
    }

    List<ReportLegend> legend(long municipalityId) {
        return jdbc.sql("select status, label, symbol from status_legend where municipality_id = ?")
                .param(municipalityId).query(ReportLegend.class).list();
    }

    List<ReportBudgetLine> budget(long planId) {
        return jdbc.sql("""
                select t.id as table_id, t.title as table_title, t.printed_total_cents, l.label, l.amount_cents,
                       l.amount_text, l.remark
                from budget_table t join budget_line l on l.budget_table_id = t.id
                where t.plan_id = ? order by t.position, l.position, l.id""")
                .param(planId).query(ReportBudgetLine.class).list();
    }


    /** Later activities that continue this plan's; concepts only for readers who may see concepts. */
    List<CarriedOver> carriedOver(long planId, boolean includeConcepts) {
        return jdbc.sql("""
                select source.id as from_activity_id, source.title as from_title, p.year, p.title as plan_title,
                       a.title
                from activity a
                join activity source on source.id = a.carried_over_from_id
                join execution_plan p on p.id = a.plan_id
                where source.plan_id = ? and (? or p.state <> 'CONCEPT')
                order by source.position, source.id, p.year""")
                .param(planId).param(includeConcepts).query(CarriedOver.class).list();
    }

    /** The framework's own goals; goals that a yearly plan adds are part of that plan. */
    List<ReportObjective> objectives(long frameworkId) {
        return jdbc.sql("""
                select o.theme_id, o.number, o.text from objective o join theme t on t.id = o.theme_id
                where t.framework_id = ? and o.plan_id is null order by o.position, o.id""")
                .param(frameworkId).query(ReportObjective.class).list();
    }
}
