package nl.ivbplanner.report;

import java.util.List;
import java.util.Optional;
import nl.ivbplanner.evaluation.LegendQueries;
import nl.ivbplanner.evaluation.VerdictsPerYear;
import nl.ivbplanner.formation.FormationQueries;
import nl.ivbplanner.kpi.KpiFiguresQueries;
import nl.ivbplanner.plan.PlanAddress;
import nl.ivbplanner.plan.PlanHeader;
import nl.ivbplanner.plan.PlanHeaderQueries;
import nl.ivbplanner.planview.FrameworkHeader;
import nl.ivbplanner.planview.FrameworkView;
import nl.ivbplanner.planview.PlanContent;
import nl.ivbplanner.planview.PlanView;
import nl.ivbplanner.planview.PlanViewQueries;
import nl.ivbplanner.planview.PlanViewQueries.Owner;
import nl.ivbplanner.planview.SectionRow;
import nl.ivbplanner.planview.ThemeRow;
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
    private final VerdictsPerYear verdictsPerYear;

    ReportService(
            PlanHeaderQueries headers,
            PlanViewQueries plans,
            ReportQueries queries,
            LegendQueries legends,
            KpiFiguresQueries kpis,
            FormationQueries formation,
            MunicipalityAccess access,
            VerdictsPerYear verdictsPerYear) {
        this.headers = headers;
        this.plans = plans;
        this.queries = queries;
        this.legends = legends;
        this.kpis = kpis;
        this.formation = formation;
        this.access = access;
        this.verdictsPerYear = verdictsPerYear;
    }

    /** A plan's report: published once adopted where the municipality publishes, else for whoever may read its page. */
    @Transactional(readOnly = true)
    PlanReport plan(PlanAddress address, boolean published) {
        PlanHeader header =
                published ? publishedHeader(address).orElseThrow(NotFoundException::new) : headers.readable(address);
        return plan(header, published);
    }

    /** The report of a plan whose header was read, and whose reader was checked, by the caller. */
    PlanReport plan(PlanHeader header, boolean published) {
        return report(header, header.state().isEvaluated() ? PlanReport.EVALUATION : PlanReport.PLAN, published);
    }

    /**
     * The voortgangsrapportage of an adopted plan: its activities with their interim status and a dashboard (the
     * framework's verdicts per year, the KPIs' series), for the staff and council members who may read the plan. A
     * concept has no progress to report.
     */
    @Transactional(readOnly = true)
    PlanReport progress(PlanAddress address) {
        PlanHeader header = headers.readable(address);
        if (header.state().isConcept()) {
            throw new NotFoundException();
        }
        PlanReport report = report(header, PlanReport.PROGRESS, false);
        return report.withDashboard(
                ProgressDashboard.of(report, verdictsPerYear.of(header.frameworkId(), false, header.year())));
    }

    /**
     * The yearly verantwoording: the evaluation of year N with the plan of N+1, when the reader may see that plan
     * (published: adopted; signed in: also a concept for staff). Only an evaluated year has one.
     */
    @Transactional(readOnly = true)
    Verantwoording verantwoording(PlanAddress address, boolean published) {
        return verantwoording(
                published ? publishedHeader(address).orElseThrow(NotFoundException::new) : headers.readable(address),
                published);
    }

    /**
     * The verantwoording of an evaluated plan whose header was read, and whose reader was checked, by the caller; with
     * the next plan when the reader may see it.
     */
    Verantwoording verantwoording(PlanHeader evaluated, boolean published) {
        Optional<PlanHeader> following = headers.find(next(evaluated.address()))
                .filter(
                        published
                                ? PlanHeader::isPublished
                                : h -> !h.state().isConcept()
                                        || access.may(Permission.VIEW_CONCEPTS, h.municipalityId()));
        return verantwoording(evaluated, following, published);
    }

    /** The verantwoording of an evaluated plan with the next one, both read and checked by the caller. */
    Verantwoording verantwoording(PlanHeader evaluated, Optional<PlanHeader> following, boolean published) {
        if (!evaluated.state().isEvaluated()) {
            throw new NotFoundException();
        }
        PlanReport evaluation = plan(evaluated, published);
        PlanReport next =
                following.map(h -> report(h, PlanReport.PLAN, published)).orElse(null);
        return new Verantwoording(
                evaluation, next, ReportFlow.combined(evaluation, next).withLevels(2), published);
    }

    /** The plan whose adoption completes a year's verantwoording. */
    static PlanAddress next(PlanAddress address) {
        return new PlanAddress(address.municipality(), address.framework(), address.year() + 1);
    }

    private Optional<PlanHeader> publishedHeader(PlanAddress address) {
        return headers.find(address).filter(PlanHeader::isPublished);
    }

    private PlanReport report(PlanHeader header, String mode, boolean published) {
        long planId = header.planId();
        PlanContent content = plans.content(header);
        List<SectionRow> sections = published ? SectionRow.publicOnly(content.sections()) : content.sections();
        boolean withheld = sections.size() < content.sections().size();
        return new PlanReport(
                header,
                mode,
                ReportFlow.of(planId, mode, sections, content.themes(), content.themeTables())
                        .withLevels(2),
                content.themeTables(),
                kpis.ofPlan(planId),
                content.budgetTables(),
                formation.ofPlan(planId),
                legends.of(header.municipalityId()),
                PlanReport.EVALUATION.equals(mode) ? queries.carriedOver(planId) : List.of(),
                published,
                withheld,
                null);
    }

    /**
     * A framework adopted by the council: everyone who may see the municipality, or anyone where it publishes; a
     * concept only for the municipality's staff.
     */
    @Transactional(readOnly = true)
    FrameworkReport framework(String municipalitySlug, String frameworkSlug, boolean published) {
        FrameworkHeader header = plans.frameworkHeader(municipalitySlug, frameworkSlug)
                .filter(h -> !published || h.isPublished())
                .orElseThrow(NotFoundException::new);
        if (!published) {
            // a concept framework is its staff's, as a concept plan is
            access.require(header.isConcept() ? Permission.VIEW_CONCEPTS : Permission.VIEW, header.municipalityId());
        }
        long frameworkId = header.frameworkId();
        List<ThemeRow> themes = plans.themes(frameworkId);
        List<PlanView.ThemeTable> lines = PlanView.themeTables(
                themes,
                plans.activities(Owner.FRAMEWORK, frameworkId),
                plans.partnerMentions(Owner.FRAMEWORK, frameworkId));
        List<SectionRow> sections = plans.sections(Owner.FRAMEWORK, frameworkId);
        return new FrameworkReport(
                header,
                ReportFlow.of(
                                frameworkId,
                                PlanReport.PLAN,
                                published ? SectionRow.publicOnly(sections) : sections,
                                themes,
                                List.of())
                        .withLevels(2),
                FrameworkView.themeBlocks(themes, plans.frameworkObjectives(frameworkId), lines),
                kpis.ofFramework(frameworkId),
                PlanView.budgetTables(plans.budget(Owner.FRAMEWORK, frameworkId)),
                plans.plans(frameworkId, !published && access.may(Permission.VIEW_CONCEPTS, header.municipalityId())),
                published);
    }
}
