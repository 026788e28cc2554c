package nl.ivbplanner.planimport;

import java.util.List;
import nl.ivbplanner.planview.PlanViewQueries;
import nl.ivbplanner.planview.PlanViewQueries.Owner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What a file is compared with: the plan's content and what its names may refer to, one statement each. */
@Repository
class PlanImportQueries {

    private final JdbcClient jdbc;
    private final PlanViewQueries plans;

    PlanImportQueries(JdbcClient jdbc, PlanViewQueries plans) {
        this.jdbc = jdbc;
        this.plans = plans;
    }

    PlanContent content(long planId, long frameworkId, long municipalityId) {
        return new PlanContent(
                themes(frameworkId),
                objectives(planId, frameworkId),
                activities(planId),
                plans.partnerMentions(Owner.PLAN, planId),
                partnerNames(municipalityId),
                sections(planId));
    }

    private List<PlanContent.Section> sections(long planId) {
        return jdbc.sql("select id, heading, body from narrative_section where plan_id = ? order by position, id")
                .param(planId)
                .query(PlanContent.Section.class)
                .list();
    }

    private List<PlanContent.Theme> themes(long frameworkId) {
        return jdbc.sql("""
                select t.id, t.parent_id, t.code, t.name
                from theme t join theme_tree tree on tree.id = t.id
                where t.framework_id = ? order by tree.sort_key""").param(frameworkId).query(PlanContent.Theme.class).list();
    }

    /** The plan's own objectives and the framework's, which an activity of the plan may also answer to. */
    private List<PlanContent.Objective> objectives(long planId, long frameworkId) {
        return jdbc.sql("""
                select o.id, o.theme_id, o.number, o.text
                from objective o join theme t on t.id = o.theme_id
                where t.framework_id = :framework and (o.plan_id is null or o.plan_id = :plan)
                order by o.position, o.id""")
                .param("framework", frameworkId)
                .param("plan", planId)
                .query(PlanContent.Objective.class)
                .list();
    }

    private List<PlanContent.Activity> activities(long planId) {
        return jdbc.sql("""
                select a.id, a.theme_id, a.objective_id, a.title, a.description, a.goal, a.intended_result, a.planning
                from activity a where a.plan_id = ? order by a.position, a.id""").param(planId).query(PlanContent.Activity.class).list();
    }

    /**
     * Every name an organisation the municipality may pick goes by: its own name, and each wording a plan of any
     * municipality has used for it ('politie', 'Politie Haaglanden'), so that a file's wording finds it.
     */
    private List<PlanContent.PartnerName> partnerNames(long municipalityId) {
        return jdbc.sql("""
                select p.id as partner_id, p.name, p.name as wording from partner p
                where p.municipality_id is null or p.municipality_id = :municipality
                union
                select p.id, p.name, ap.wording from partner p join activity_partner ap on ap.partner_id = p.id
                where ap.wording is not null and (p.municipality_id is null or p.municipality_id = :municipality)""")
                .param("municipality", municipalityId)
                .query(PlanContent.PartnerName.class)
                .list();
    }
}
