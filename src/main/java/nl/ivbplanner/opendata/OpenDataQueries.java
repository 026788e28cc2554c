package nl.ivbplanner.opendata;

import java.util.List;
import java.util.Optional;
import nl.ivbplanner.partner.PartnerMention;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Read model of a municipality's open data: one statement per file (and one for the activities' organisations),
 * whatever the number of plans, activities, KPIs and measurements. What is published is what the public index lists:
 * the adopted frameworks, and their adopted and evaluated plans; concepts stay with the municipality's staff.
 */
@Repository
class OpenDataQueries {

    /** The condition on a plan {@code p} of framework {@code f}: one of the municipality's published plans. */
    private static final String PUBLISHED_PLAN =
            " f.municipality_id = :municipality and f.state = 'VASTGESTELD' and p.state in ('VASTGESTELD', 'GEEVALUEERD')\n";

    private final JdbcClient jdbc;

    OpenDataQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PublishingMunicipality> publishing(String slug) {
        return jdbc.sql("select id, slug, name, cbs_code from municipality where slug = ? and publish_publicly")
                .param(slug)
                .query(PublishingMunicipality.class)
                .optional();
    }

    /**
     * The activities of the published plans, newest framework and year first, within a plan in the plan page's order.
     * A verdict counts only once the evaluation is closed (the plan evaluated): until then it is work in progress, as
     * in the published documents. An origin is named by id only when it is in the data itself.
     */
    List<ActivityRow> activities(long municipalityId) {
        return jdbc.sql("""
                select m.name as municipality_name, m.cbs_code, f.slug as framework_slug, f.title as framework_title,
                       p.year as plan_year, p.title as plan_title, p.state as plan_state, a.id,
                       case when main.id = t.id then null else concat_ws('. ', main.code, main.name) end as main_theme,
                       concat_ws('. ', t.code, t.name) as theme,
                       coalesce(t.kernbeleid_field, main.kernbeleid_field) as kernbeleid_field,
                       o.number as objective_number, o.text as objective_text, a.title, a.description, a.goal,
                       a.intended_result, a.owner, a.planning, e.status, legend.label as status_label,
                       e.result_text, origin_plan.year as carried_over_from_year,
                       case when origin_plan.state <> 'CONCEPT' then origin.id end as carried_over_from_id
                from activity a
                join execution_plan p on p.id = a.plan_id
                join policy_framework f on f.id = p.framework_id
                join municipality m on m.id = f.municipality_id
                join theme t on t.id = a.theme_id
                join theme_tree tree on tree.id = t.id
                join theme main on main.id = tree.main_theme_id
                left join objective o on o.id = a.objective_id
                left join evaluation e on e.activity_id = a.id and e.moment = 'YEAR_END'
                     and e.status <> 'NOT_EVALUATED' and p.state = 'GEEVALUEERD'
                left join status_legend legend on legend.municipality_id = m.id and legend.status = e.status
                left join activity origin on origin.id = a.carried_over_from_id
                left join execution_plan origin_plan on origin_plan.id = origin.plan_id
                where """ + PUBLISHED_PLAN + """
                order by f.first_year desc, f.id, p.year desc, tree.sort_key, o.position nulls first,
                         o.id nulls first, a.position, a.id""")
                .param("municipality", municipalityId)
                .query(ActivityRow.class)
                .list();
    }

    /** Every organisation link of those activities, in each activity's list order. */
    List<PartnerMention> partnerMentions(long municipalityId) {
        return jdbc.sql("""
                select ap.activity_id, ap.partner_id, coalesce(ap.wording, pa.name) as name, ap.role
                from activity_partner ap
                join partner pa on pa.id = ap.partner_id
                join activity a on a.id = ap.activity_id
                join execution_plan p on p.id = a.plan_id
                join policy_framework f on f.id = p.framework_id
                where """ + PUBLISHED_PLAN + """
                order by ap.activity_id, ap.position, ap.id""")
                .param("municipality", municipalityId)
                .query(PartnerMention.class)
                .list();
    }

    /**
     * The KPIs of the published plans and of the adopted frameworks themselves, each with every measurement (oldest
     * first) or once without one: the framework's own KPIs first, then the plans' by year.
     */
    List<KpiRow> kpis(long municipalityId) {
        return jdbc.sql("""
                select m.name as municipality_name, m.cbs_code, f.slug as framework_slug, f.title as framework_title,
                       p.year as plan_year, p.title as plan_title, concat_ws('. ', t.code, t.name) as theme,
                       k.id as kpi_id, k.name, k.unit, k.unit_kind, k.kind, k.comparator, k.source as kpi_source,
                       k.baseline_value, k.baseline_text, k.baseline_year, k.target_value, k.target_text,
                       k.target_year, i.code as indicator_code, i.name as indicator_name,
                       ms.id as measurement_id, ms.period, ms.year as measurement_year, ms.value, ms.value_text,
                       ms.peildatum, ms.source as measurement_source
                from kpi k
                left join execution_plan p on p.id = k.plan_id
                join policy_framework f on f.id = coalesce(p.framework_id, k.framework_id)
                join municipality m on m.id = f.municipality_id
                left join theme t on t.id = k.theme_id
                left join indicator i on i.id = k.indicator_id
                left join measurement ms on ms.kpi_id = k.id
                where m.id = :municipality and f.state = 'VASTGESTELD'
                  and (k.plan_id is null or p.state in ('VASTGESTELD', 'GEEVALUEERD'))
                order by f.first_year desc, f.id, p.year nulls first, k.position, k.id, ms.year nulls first,
                         ms.peildatum nulls first, ms.id""")
                .param("municipality", municipalityId)
                .query(KpiRow.class)
                .list();
    }
}
