package nl.ivbplanner.kpi;

import java.util.List;
import nl.ivbplanner.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which standard indicator each numeric KPI of a municipality measures, for the indicator feature: the KPIs of its
 * frameworks and of its plans in every state, as a link is a reading of what a KPI counts, not a change to the plan.
 * The caller checks that the user may edit the municipality's plans.
 */
@Component
public class IndicatorLinks {

    private final JdbcClient jdbc;
    private final KpiRepository kpis;

    IndicatorLinks(JdbcClient jdbc, KpiRepository kpis) {
        this.jdbc = jdbc;
        this.kpis = kpis;
    }

    /** A numeric KPI of the municipality; {@code planYear} null for a framework's KPI. */
    public record LinkableKpi(
            long id,
            long version,
            String name,
            String unit,
            KpiUnit unitKind,
            String frameworkSlug,
            String frameworkTitle,
            Integer planYear,
            Long indicatorId) {

        /** Where the KPI's history is read, below its municipality's address: its plan's, or its framework's. */
        public String historyPath() {
            return "kaders/" + frameworkSlug + (planYear == null ? "" : "/plannen/" + planYear) + "/geschiedenis/kpi/"
                    + id;
        }
    }

    /** The municipality's numeric KPIs, newest framework first, the framework's own before its plans'. */
    @Transactional(readOnly = true, propagation = Propagation.MANDATORY)
    public List<LinkableKpi> of(long municipalityId) {
        return jdbc.sql("""
                        select k.id, k.version, k.name, k.unit, k.unit_kind, f.slug as framework_slug, f.title as framework_title,
                               p.year as plan_year, k.indicator_id
                        from kpi k
                        left join execution_plan p on p.id = k.plan_id
                        join policy_framework f on f.id = coalesce(k.framework_id, p.framework_id)
                        where f.municipality_id = ? and k.kind = 'NUMERIC'
                        order by f.first_year desc, f.id, p.year nulls first, k.position, k.id""").param(municipalityId).query(LinkableKpi.class).list();
    }

    /**
     * Links a KPI of the municipality to an indicator (null: unlinks it), unless a colleague changed the KPI since the
     * page was read; a KPI of another municipality is not found.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void link(long municipalityId, long kpiId, Long indicatorId, Long seenVersion) {
        boolean ours =
                jdbc.sql("""
                        select exists (select 1 from kpi k
                            left join execution_plan p on p.id = k.plan_id
                            join policy_framework f on f.id = coalesce(k.framework_id, p.framework_id)
                            where k.id = ? and f.municipality_id = ? and k.kind = 'NUMERIC')""").params(kpiId, municipalityId).query(Boolean.class).single();
        Kpi kpi = kpis.findById(kpiId).filter(k -> ours).orElseThrow(NotFoundException::new);
        kpi.requireVersion(seenVersion, kpi::getIndicatorId);
        kpi.measure(indicatorId);
    }
}
