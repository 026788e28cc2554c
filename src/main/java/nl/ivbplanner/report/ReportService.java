package nl.ivbplanner.report;

import java.util.List;
import nl.ivbplanner.evaluation.LegendQueries;
import nl.ivbplanner.formation.FormationQueries;
import nl.ivbplanner.kpi.KpiFiguresQueries;
import nl.ivbplanner.plan.PlanAddress;
import nl.ivbplanner.plan.PlanHeader;
import nl.ivbplanner.plan.PlanHeaderQueries;
import nl.ivbplanner.planview.FrameworkHeader;
import nl.ivbplanner.planview.FrameworkView;
import nl.ivbplanner.planview.PlanContent;
import nl.ivbplanner.planview.PlanViewQueries;
import nl.ivbplanner.security.MunicipalityAccess;
import nl.ivbplanner.security.Permission;
import nl.ivbplanner.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Council reports of plans and frameworks: for signed-in readers with the same access as the plan page, or
 * published for anyone. A published report of something not published is a 404, so a guessed URL cannot tell a
 * concept from a plan that does not exist.
 */
@Service
class ReportService {

    private final PlanHeaderQueries headers;
    private final PlanViewQueries plans;
    private final ReportQueries queries;
    private final LegendQueries legends;
    private final KpiFiguresQueries kpis;
    private final FormationQueries formation;
    private final MunicipalityAccess access;

    ReportService(
            PlanHeaderQueries headers,
            PlanViewQueries plans,
            ReportQueries queries,
            LegendQueries legends,
            KpiFiguresQueries kpis,
            FormationQueries formation,
            MunicipalityAccess access) {
        this.headers = headers;
        this.plans = plans;
        this.queries = queries;
        this.legends = legends;
        this.kpis = kpis;
        this.formation = formation;
        this.access = access;
    }

    /** A plan's report: published once adopted where the municipality publishes, else for whoever may read its page. */
    @Transactional(readOnly = true)
    PlanReport plan(PlanAddress address, boolean published) {
        PlanHeader header = published
                ? headers.find(address)
                        .filter(h -> h.publishPublicly() && !h.state().isConcept())
                        .orElseThrow(NotFoundException::new)
                : headers.readable(address);
        return plan(header, published);
    }

    /** The report of a plan whose header was read, and whose reader was checked, by the caller. */
    PlanReport plan(PlanHeader header, boolean published) {
        boolean includeConcepts = !published && access.may(Permission.VIEW_CONCEPTS, header.municipalityId());
        long planId = header.planId();
        PlanContent content = plans.content(header);
        return new PlanReport(
                header,
                content.sections(),
                content.themeTables(),
                kpis.ofPlan(planId),
                content.budgetTables(),
                formation.ofPlan(planId),
                legends.of(header.municipalityId()),
                header.state().isEvaluated() ? queries.carriedOver(planId, includeConcepts) : List.of(),
                published);
    }

    /** A framework is adopted by the council: everyone who may see the municipality, or anyone where it publishes. */
    @Transactional(readOnly = true)
    FrameworkReport framework(String municipalitySlug, String frameworkSlug, boolean published) {
        FrameworkHeader header = plans.frameworkHeader(municipalitySlug, frameworkSlug)
                .filter(h -> !published || h.publishPublicly())
                .orElseThrow(NotFoundException::new);
        if (!published) {
            access.require(Permission.VIEW, header.municipalityId());
        }
        return new FrameworkReport(
                header,
                FrameworkView.themeBlocks(
                        plans.themes(header.frameworkId()), plans.frameworkObjectives(header.frameworkId()), List.of()),
                kpis.ofFramework(header.frameworkId()),
                published);
    }
}
