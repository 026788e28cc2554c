package nl.ivbplanner.region;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Read model of the region view: each statement aggregates over all municipalities of the region in PostgreSQL, so
 * the page runs the same few statements however many plans and activities there are.
 */
@Repository
class RegionQueries {

    /**
     * The activities the region may see: those of adopted or evaluated plans, and the frameworks' multi-year lines
     * (plan_id null), which the council adopted with the framework. Concept plans and concept frameworks stay private to
     * their municipality.
     * Two branches rather than one join on coalesce(), so each can use its own index. With a year (:year not null):
     * that year's plans, and the lines of the frameworks that run in it.
     */
    private static final String REGION_ACTIVITIES = """
            region_activity as (
                select a.id, a.theme_id, a.title, f.municipality_id, f.title as framework_title, p.year, p.state
                from municipality m
                join policy_framework f on f.municipality_id = m.id and f.state = 'VASTGESTELD'
                join execution_plan p on p.framework_id = f.id and p.state in ('VASTGESTELD', 'GEEVALUEERD')
                join activity a on a.plan_id = p.id
                where m.safety_region = :region and (cast(:year as integer) is null or p.year = :year)
                union all
                select a.id, a.theme_id, a.title, f.municipality_id, f.title, null, null
                from municipality m
                join policy_framework f on f.municipality_id = m.id and f.state = 'VASTGESTELD'
                join activity a on a.framework_id = f.id
                where m.safety_region = :region
                  and (cast(:year as integer) is null or :year between f.first_year and f.last_year)
            )
            """;

    private final JdbcClient jdbc;

    RegionQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<MunicipalityRow> municipalities(String region) {
        return jdbc.sql("select id, slug, name from municipality where safety_region = ? order by name, id")
                .param(region)
                .query(MunicipalityRow.class)
                .list();
    }

    /**
     * The years the region can be read for, newest first: those of adopted and evaluated plans and those the adopted
     * frameworks run in; {@code planYear} marks the years with a plan (the newest of them is the page's default).
     */
    List<RegionYear> years(String region) {
        return jdbc.sql("""
                select y.year, bool_or(y.plan) as plan_year
                from (
                    select p.year, true as plan
                    from municipality m
                    join policy_framework f on f.municipality_id = m.id and f.state = 'VASTGESTELD'
                    join execution_plan p on p.framework_id = f.id and p.state in ('VASTGESTELD', 'GEEVALUEERD')
                    where m.safety_region = :region
                    union all
                    select generate_series(f.first_year, f.last_year), false
                    from municipality m
                    join policy_framework f on f.municipality_id = m.id and f.state = 'VASTGESTELD'
                    where m.safety_region = :region
                ) y
                group by y.year
                order by y.year desc""").param("region", region).query(RegionYear.class).list();
    }

    /**
     * The themes of the region's frameworks (those running in the year, if one is given); a sub-theme without a field
     * of its own takes its parent's.
     */
    List<RegionThemeRow> themes(String region, Integer year) {
        return jdbc.sql("""
                select f.municipality_id, coalesce(t.kernbeleid_field, parent.kernbeleid_field) as field,
                       t.code, t.name, t.kind
                from municipality m
                join policy_framework f on f.municipality_id = m.id and f.state = 'VASTGESTELD'
                join theme t on t.framework_id = f.id
                left join theme parent on parent.id = t.parent_id
                join theme_tree tree on tree.id = t.id
                where m.safety_region = :region
                  and (cast(:year as integer) is null or :year between f.first_year and f.last_year)
                order by f.first_year, f.id, tree.sort_key""")
                .param("region", region)
                .param("year", year)
                .query(RegionThemeRow.class)
                .list();
    }

    /**
     * Activities and year-end verdicts per municipality and field; verdicts count once a plan is evaluated. The verdict
     * is looked up per region activity ("offset 0" keeps PostgreSQL from turning the lookup into a join): as a join it
     * hashed the whole evaluation table, which grows with every municipality, where the region needs only its own few
     * thousand rows (bench/README.md).
     */
    List<FieldCountRow> fieldCounts(String region, Integer year) {
        return jdbc.sql("with " + REGION_ACTIVITIES + """
                select ra.municipality_id, coalesce(t.kernbeleid_field, parent.kernbeleid_field) as field,
                       count(*) as activities,
                       count(*) filter (where e.status = 'GREEN') as green,
                       count(*) filter (where e.status = 'YELLOW') as yellow,
                       count(*) filter (where e.status = 'RED') as red
                from region_activity ra
                join theme t on t.id = ra.theme_id
                left join theme parent on parent.id = t.parent_id
                left join lateral (select e.status from evaluation e
                                   where e.activity_id = ra.id and e.moment = 'YEAR_END' and ra.state = 'GEEVALUEERD'
                                   offset 0) e on true
                group by ra.municipality_id, coalesce(t.kernbeleid_field, parent.kernbeleid_field)""")
                .param("region", region)
                .param("year", year)
                .query(FieldCountRow.class)
                .list();
    }

    /**
     * The shared organisations (no municipality of their own) asked to act in the region, with their roles. Counted
     * per municipality first, so the names are joined over a few rows; an activity belongs to one municipality, so
     * the activities add up without double counting. The links are looked up per region activity: "offset 0" keeps
     * PostgreSQL from turning the lookup into a join, for which it hashed all 645,000 links at bench size when it
     * overestimated the region's activities (500 ms instead of 40 ms, bench/README.md).
     */
    List<PartnerSummaryRow> partners(String region, Integer year) {
        return jdbc.sql("with " + REGION_ACTIVITIES + """
                , per_municipality as (
                    select ap.partner_id, ra.municipality_id,
                           count(distinct ra.id) as activities,
                           count(*) filter (where ap.role = 'TREKKER') as trekker,
                           count(*) filter (where ap.role = 'REGIE') as regie,
                           count(*) filter (where ap.role = 'BETROKKEN') as betrokken
                    from region_activity ra
                    cross join lateral (select ap.partner_id, ap.role from activity_partner ap
                                        where ap.activity_id = ra.id offset 0) ap
                    group by ap.partner_id, ra.municipality_id
                )
                select pa.key, pa.name, string_agg(m.name, ', ' order by m.name) as municipalities,
                       sum(pm.activities) as activities, sum(pm.trekker) as trekker, sum(pm.regie) as regie,
                       sum(pm.betrokken) as betrokken
                from per_municipality pm
                join partner pa on pa.id = pm.partner_id and pa.municipality_id is null
                join municipality m on m.id = pm.municipality_id
                group by pa.id, pa.key, pa.name
                order by pa.name, pa.id""")
                .param("region", region)
                .param("year", year)
                .query(PartnerSummaryRow.class)
                .list();
    }

    Optional<SharedPartner> sharedPartner(String key) {
        return jdbc.sql("select id, key, name from partner where key = ? and municipality_id is null")
                .param(key)
                .query(SharedPartner.class)
                .optional();
    }

    /** In which municipalities one shared partner acts, with its roles counted. */
    List<PartnerMunicipalityRow> partnerMunicipalities(String region, long partnerId) {
        return jdbc.sql("with " + REGION_ACTIVITIES + """
                select m.name as municipality, count(distinct ra.id) as activities,
                       count(*) filter (where ap.role = 'TREKKER') as trekker,
                       count(*) filter (where ap.role = 'REGIE') as regie,
                       count(*) filter (where ap.role = 'BETROKKEN') as betrokken
                from region_activity ra
                join activity_partner ap on ap.activity_id = ra.id and ap.partner_id = :partner
                join municipality m on m.id = ra.municipality_id
                group by m.id, m.name
                order by m.name, m.id""")
                .param("region", region)
                .param("year", null)
                .param("partner", partnerId)
                .query(PartnerMunicipalityRow.class)
                .list();
    }

    /** Per Kernbeleid Veiligheid field, where one shared partner acts, with its roles counted; fields 1-5, then none. */
    List<PartnerFieldRow> partnerFields(String region, long partnerId) {
        return jdbc.sql("with " + REGION_ACTIVITIES + """
                select coalesce(t.kernbeleid_field, parent.kernbeleid_field) as field,
                       count(distinct ra.id) as activities,
                       count(*) filter (where ap.role = 'TREKKER') as trekker,
                       count(*) filter (where ap.role = 'REGIE') as regie,
                       count(*) filter (where ap.role = 'BETROKKEN') as betrokken
                from region_activity ra
                join activity_partner ap on ap.activity_id = ra.id and ap.partner_id = :partner
                join theme t on t.id = ra.theme_id
                left join theme parent on parent.id = t.parent_id
                group by coalesce(t.kernbeleid_field, parent.kernbeleid_field)
                order by coalesce(t.kernbeleid_field, parent.kernbeleid_field) nulls last""")
                .param("region", region)
                .param("year", null)
                .param("partner", partnerId)
                .query(PartnerFieldRow.class)
                .list();
    }

    /** One shared partner's activities in the region, one row per activity with its roles joined. */
    List<PartnerActivityRow> partnerActivities(String region, long partnerId) {
        return jdbc.sql("with " + REGION_ACTIVITIES + """
                select m.name as municipality, ra.framework_title, ra.year, ra.title,
                       string_agg(ap.role, ',' order by ap.role) as roles
                from region_activity ra
                join activity_partner ap on ap.activity_id = ra.id and ap.partner_id = :partner
                join municipality m on m.id = ra.municipality_id
                group by ra.id, m.name, ra.framework_title, ra.year, ra.title
                order by m.name, ra.framework_title, ra.year nulls first, ra.id""")
                .param("region", region)
                .param("year", null)
                .param("partner", partnerId)
                .query(PartnerActivityRow.class)
                .list();
    }
}
