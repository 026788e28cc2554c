package nl.ivbplanner.report;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ivbplanner.formation.FormationQueries;
import nl.ivbplanner.kpi.KpiFiguresQueries;
import nl.ivbplanner.security.MunicipalityAccess;
import nl.ivbplanner.security.Permission;
import nl.ivbplanner.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ReportService {

    private final ReportQueries queries;
    private final KpiFiguresQueries kpis;
    private final FormationQueries formation;
    private final MunicipalityAccess access;

    ReportService(ReportQueries queries, KpiFiguresQueries kpis, FormationQueries formation,
            MunicipalityAccess access) {
        this.queries = queries;
        this.kpis = kpis;
        this.formation = formation;
        this.access = access;
    }

    /** A plan's report for whoever may read its page: staff for a concept, also council members once adopted. */
    @Transactional(readOnly = true)
    PlanReport plan(String municipalitySlug, String frameworkSlug, int year) {
        ReportHeader header = queries.plan(municipalitySlug, frameworkSlug, year).orElseThrow(NotFoundException::new);
        access.require(header.concept() ? Permission.VIEW_CONCEPTS : Permission.VIEW, header.municipalityId());
        return plan(header, access.may(Permission.VIEW_CONCEPTS, header.municipalityId()), false);
    }

    /**
     * A plan's report for anyone, once adopted and only where the municipality publishes. Everything else is a 404,
     * so a guessed URL cannot tell a concept from a plan that does not exist.
     */
    @Transactional(readOnly = true)
    PlanReport publishedPlan(String municipalitySlug, String frameworkSlug, int year) {
        ReportHeader header = queries.plan(municipalitySlug, frameworkSlug, year)
                .filter(h -> h.publishPublicly() && !h.concept()).orElseThrow(NotFoundException::new);
        return plan(header, false, true);
    }

    /** A framework is adopted by the council, so everyone who may see the municipality may read it. */
    @Transactional(readOnly = true)
    FrameworkReport framework(String municipalitySlug, String frameworkSlug) {
        FrameworkReportHeader header = queries.framework(municipalitySlug, frameworkSlug)
                .orElseThrow(NotFoundException::new);
        access.require(Permission.VIEW, header.municipalityId());
        return framework(header, false);
    }

    @Transactional(readOnly = true)
    FrameworkReport publishedFramework(String municipalitySlug, String frameworkSlug) {
        FrameworkReportHeader header = queries.framework(municipalitySlug, frameworkSlug)
                .filter(FrameworkReportHeader::publishPublicly).orElseThrow(NotFoundException::new);
        return framework(header, true);
    }

    private PlanReport plan(ReportHeader header, boolean includeConcepts, boolean published) {
        long planId = header.planId();
        return new PlanReport(header, queries.sections(planId),
                PlanReport.themeTables(queries.themes(header.frameworkId()), queries.activities(planId),
                        queries.partners(planId)),
                kpis.ofPlan(planId),
                PlanReport.tables(queries.budget(planId), ReportBudgetLine::tableId, ReportBudgetLine::tableTitle),
                formation.ofPlan(planId),
                queries.legend(header.municipalityId()).stream()
                        .collect(Collectors.toMap(ReportLegend::status, Function.identity())),
                header.evaluated() ? queries.carriedOver(planId, includeConcepts) : List.of(), published);
    }

    private FrameworkReport framework(FrameworkReportHeader header, boolean published) {
        return new FrameworkReport(header,
                FrameworkReport.themeBlocks(queries.themes(header.frameworkId()),
                        queries.objectives(header.frameworkId())),
                kpis.ofFramework(header.frameworkId()), published);
    }
}
