package nl.ivbplanner.planview;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.ivbplanner.api.ApiPage;
import nl.ivbplanner.api.ApiPaths;
import nl.ivbplanner.api.Paging;
import nl.ivbplanner.evaluation.EvaluationStatus;
import nl.ivbplanner.evaluation.LegendEntry;
import nl.ivbplanner.evaluation.LegendJson;
import nl.ivbplanner.evaluation.LegendQueries;
import nl.ivbplanner.formation.FormationQueries;
import nl.ivbplanner.framework.FrameworkKind;
import nl.ivbplanner.framework.FrameworkState;
import nl.ivbplanner.kpi.KpiFiguresQueries;
import nl.ivbplanner.kpi.KpiJson;
import nl.ivbplanner.plan.PlanAddress;
import nl.ivbplanner.plan.PlanHeader;
import nl.ivbplanner.plan.PlanHeaderQueries;
import nl.ivbplanner.planview.PlanApiQueries.ApiActivityRow;
import nl.ivbplanner.planview.PlanApiQueries.PartnerRow;
import nl.ivbplanner.planview.PlanViewQueries.Owner;
import nl.ivbplanner.security.MunicipalityAccess;
import nl.ivbplanner.security.Permission;
import nl.ivbplanner.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The API's frameworks and plans, read as their pages read them and with the same access: what is published anyone
 * reads; the rest as on the pages. Readers outside the municipality (without a key, or with another municipality's)
 * get the texts marked 'niet openbaar' as the public reports do: not at all. A fixed number of statements per answer.
 */
@Service
@Transactional(readOnly = true)
class PlanApiService {

    private final PlanHeaderQueries headers;
    private final PlanViewQueries queries;
    private final PlanApiQueries activities;
    private final LegendQueries legends;
    private final KpiFiguresQueries kpis;
    private final FormationQueries formation;
    private final MunicipalityAccess access;

    PlanApiService(
            PlanHeaderQueries headers,
            PlanViewQueries queries,
            PlanApiQueries activities,
            LegendQueries legends,
            KpiFiguresQueries kpis,
            FormationQueries formation,
            MunicipalityAccess access) {
        this.headers = headers;
        this.queries = queries;
        this.activities = activities;
        this.legends = legends;
        this.kpis = kpis;
        this.formation = formation;
        this.access = access;
    }

    FrameworkJson framework(String municipalitySlug, String frameworkSlug) {
        FrameworkHeader header =
                queries.frameworkHeader(municipalitySlug, frameworkSlug).orElseThrow(NotFoundException::new);
        long municipalityId = header.municipalityId();
        access.requireUnlessPublished(
                header.isPublished(), header.isConcept() ? Permission.VIEW_CONCEPTS : Permission.VIEW, municipalityId);
        long frameworkId = header.frameworkId();
        boolean concepts = access.may(Permission.VIEW_CONCEPTS, municipalityId);
        List<ActivityJson> lines = activities(
                Owner.FRAMEWORK,
                frameworkId,
                null,
                null,
                0,
                concepts,
                access.may(Permission.VIEW, municipalityId),
                legends.of(municipalityId));
        return new FrameworkJson(
                header.municipalitySlug(),
                header.frameworkSlug(),
                header.title(),
                header.subtitle(),
                FrameworkKind.valueOf(header.kind()),
                header.firstYear(),
                header.lastYear(),
                FrameworkState.valueOf(header.state()),
                header.adoptedByCouncilOn(),
                header.mission(),
                header.vision(),
                header.successFactors(),
                SectionJson.of(sections(Owner.FRAMEWORK, frameworkId, municipalityId)),
                ThemeJson.of(queries.themes(frameworkId), queries.frameworkObjectives(frameworkId), lines),
                KpiJson.of(kpis.ofFramework(frameworkId)),
                BudgetTableJson.of(PlanView.budgetTables(queries.budget(Owner.FRAMEWORK, frameworkId))),
                queries.plans(frameworkId, concepts).stream()
                        .map(p -> new FrameworkJson.PlanLinkJson(
                                p.year(),
                                p.title(),
                                p.state(),
                                ApiPaths.of(new PlanAddress(municipalitySlug, frameworkSlug, p.year()))))
                        .toList());
    }

    PlanJson plan(PlanAddress address) {
        PlanHeader header = headers.publishedOrReadable(address);
        long planId = header.planId();
        long municipalityId = header.municipalityId();
        Map<String, LegendEntry> legend = legends.of(municipalityId);
        List<ActivityJson> planActivities = activities(
                Owner.PLAN,
                planId,
                null,
                null,
                0,
                access.may(Permission.VIEW_CONCEPTS, municipalityId),
                access.may(Permission.VIEW, municipalityId),
                legend);
        return new PlanJson(
                header.municipalitySlug(),
                header.frameworkSlug(),
                header.year(),
                header.title(),
                header.state(),
                header.adoptedOn(),
                header.evaluatedOn(),
                LegendJson.of(legend),
                SectionJson.of(sections(Owner.PLAN, planId, municipalityId)),
                ThemeJson.of(
                        queries.themes(header.frameworkId()),
                        activities.planObjectives(header.frameworkId(), planId),
                        planActivities),
                KpiJson.of(kpis.ofPlan(planId)),
                BudgetTableJson.of(PlanView.budgetTables(queries.budget(Owner.PLAN, planId))),
                CapacityTableJson.of(formation.ofPlan(planId)));
    }

    /** A page of the plan's activities in the document's order; only those with the year-end status, if given. */
    ApiPage<ActivityJson> activities(PlanAddress address, EvaluationStatus status, Paging paging) {
        PlanHeader header = headers.publishedOrReadable(address);
        long municipalityId = header.municipalityId();
        List<ActivityJson> page = activities(
                Owner.PLAN,
                header.planId(),
                status,
                paging.paginaGrootte(),
                paging.offset(),
                access.may(Permission.VIEW_CONCEPTS, municipalityId),
                access.may(Permission.VIEW, municipalityId),
                legends.of(municipalityId));
        return paging.of(
                page,
                activities.count(Owner.PLAN, header.planId(), status, access.may(Permission.VIEW, municipalityId)));
    }

    private List<ActivityJson> activities(
            Owner owner,
            long ownerId,
            EvaluationStatus status,
            Integer limit,
            long offset,
            boolean concepts,
            boolean insider,
            Map<String, LegendEntry> legend) {
        List<ApiActivityRow> rows = activities.activities(owner, ownerId, status, limit, offset, concepts, insider);
        Map<Long, List<PartnerRow>> partners =
                activities.partners(rows.stream().map(ApiActivityRow::id).toList()).stream()
                        .collect(Collectors.groupingBy(PartnerRow::activityId));
        return rows.stream()
                .map(row -> ActivityJson.of(row, partners.getOrDefault(row.id(), List.of()), legend))
                .toList();
    }

    /** All of the texts for whoever may see the municipality; for anyone else those that are public. */
    private List<SectionRow> sections(Owner owner, long ownerId, long municipalityId) {
        List<SectionRow> sections = queries.sections(owner, ownerId);
        return access.may(Permission.VIEW, municipalityId) ? sections : SectionRow.publicOnly(sections);
    }
}
