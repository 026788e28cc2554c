package nl.ivbplanner.plan;

import java.util.Optional;
import nl.ivbplanner.security.MunicipalityAccess;
import nl.ivbplanner.security.Permission;
import nl.ivbplanner.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The one query for a plan's header by its address, and the access checks of the pages that read a plan: a concept
 * only for the municipality's staff (else 403), a plan that does not exist there is a 404.
 */
@Repository
public class PlanHeaderQueries {

    private final JdbcClient jdbc;
    private final MunicipalityAccess access;

    PlanHeaderQueries(JdbcClient jdbc, MunicipalityAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** The header without any access check, for pages that decide themselves who may read (the public reports). */
    public Optional<PlanHeader> find(PlanAddress plan) {
        return jdbc.sql("""
                select m.id as municipality_id, m.slug as municipality_slug, m.name as municipality_name,
                       m.publish_publicly, f.id as framework_id, f.slug as framework_slug,
                       f.title as framework_title, f.last_year as framework_last_year, p.id as plan_id, p.year,
                       p.title, p.state, p.adopted_on, p.evaluated_on, lead.name as default_lead
                from execution_plan p
                join policy_framework f on f.id = p.framework_id
                join municipality m on m.id = f.municipality_id
                left join partner lead on lead.id = p.default_lead_partner_id
                where m.slug = :municipality and f.slug = :framework and p.year = :year""")
                .param("municipality", plan.municipality())
                .param("framework", plan.framework())
                .param("year", plan.year())
                .query(PlanHeader.class)
                .optional();
    }

    /** A plan as its municipality's staff, or (once adopted) everyone who may see the municipality, may read it. */
    public PlanHeader readable(PlanAddress plan) {
        PlanHeader header = find(plan).orElseThrow(NotFoundException::new);
        access.require(
                header.state().isConcept() ? Permission.VIEW_CONCEPTS : Permission.VIEW, header.municipalityId());
        return header;
    }

    /**
     * A plan as {@link #readable} allows it, or published ({@link PlanHeader#isPublished()}), which anyone reads: the
     * API's readers, who may come without a key.
     */
    public PlanHeader publishedOrReadable(PlanAddress plan) {
        PlanHeader header = find(plan).orElseThrow(NotFoundException::new);
        access.requireUnlessPublished(
                header.isPublished(),
                header.state().isConcept() ? Permission.VIEW_CONCEPTS : Permission.VIEW,
                header.municipalityId());
        return header;
    }

    /** A plan whose parts the user changes: only for those who edit the municipality's plans. */
    public PlanHeader writable(PlanAddress plan) {
        PlanHeader header = find(plan).orElseThrow(NotFoundException::new);
        access.require(Permission.EDIT_PLANS, header.municipalityId());
        return header;
    }
}
