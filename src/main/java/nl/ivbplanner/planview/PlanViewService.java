package nl.ivbplanner.planview;

import java.util.List;
import java.util.Map;
import nl.ivbplanner.evaluation.LegendEntry;
import nl.ivbplanner.evaluation.LegendQueries;
import nl.ivbplanner.formation.FormationQueries;
import nl.ivbplanner.history.HistoryService;
import nl.ivbplanner.kpi.KpiFiguresQueries;
import nl.ivbplanner.plan.PlanAddress;
import nl.ivbplanner.plan.PlanHeader;
import nl.ivbplanner.plan.PlanHeaderQueries;
import nl.ivbplanner.plan.PlanState;
import nl.ivbplanner.planview.PlanViewQueries.Owner;
import nl.ivbplanner.security.MunicipalityAccess;
import nl.ivbplanner.security.Permission;
import nl.ivbplanner.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The read pages of a municipality's policy: a framework, a plan of it, and one activity with its history. */
@Service
@Transactional(readOnly = true)
class PlanViewService {

    private final PlanHeaderQueries headers;
    private final PlanViewQueries queries;
    private final ActivityQueries activities;
    private final LegendQueries legends;
    private final KpiFiguresQueries kpis;
    private final FormationQueries formation;
    private final MunicipalityAccess access;
    private final HistoryService history;

    PlanViewService(
            PlanHeaderQueries headers,
            PlanViewQueries queries,
            ActivityQueries activities,
            LegendQueries legends,
            KpiFiguresQueries kpis,
            FormationQueries formation,
            MunicipalityAccess access,
            HistoryService history) {
        this.headers = headers;
        this.queries = queries;
        this.activities = activities;
        this.legends = legends;
        this.kpis = kpis;
        this.formation = formation;
        this.access = access;
        this.history = history;
    }

    /**
     * A plan as its municipality's staff, or (once adopted) its council members, may read it: everything but the
     * activities, KPIs, budget and formation, which {@link #withContent} adds. The plan page keeps those rendered
     * ({@link PlanContentCache}), so a page served from the cache skips their statements.
     */
    PlanView outline(PlanAddress address) {
        PlanHeader header = headers.readable(address);
        long planId = header.planId();
        boolean writer = access.may(Permission.EDIT_PLANS, header.municipalityId());
        return new PlanView(
                header,
                queries.sections(Owner.PLAN, planId),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                legends.of(header.municipalityId()),
                queries.themes(header.frameworkId()),
                queries.partners(planId),
                access.may(Permission.ADOPT_PLANS, header.municipalityId()),
                writer,
                header.state().isEditable() && writer,
                queries.stateChanges(planId));
    }

    /** The outline with the activities that pass the filter, the KPIs, the budget and the formation. */
    PlanView withContent(PlanView outline, PlanFilter filter) {
        long planId = outline.header().planId();
        return new PlanView(
                outline.header(),
                outline.sections(),
                PlanView.themeTables(
                        outline.themes(),
                        queries.activities(Owner.PLAN, planId, filter),
                        queries.partnerMentions(Owner.PLAN, planId)),
                kpis.ofPlan(planId),
                PlanView.budgetTables(queries.budget(Owner.PLAN, planId)),
                formation.ofPlan(planId),
                outline.legend(),
                outline.themes(),
                outline.partners(),
                outline.manager(),
                outline.writer(),
                outline.editable(),
                outline.stateChanges());
    }

    /**
     * An adopted framework is the council's, so everyone who may see the municipality may read it; a concept only its
     * staff, as a concept plan.
     */
    FrameworkView framework(String municipalitySlug, String frameworkSlug) {
        FrameworkHeader header =
                queries.frameworkHeader(municipalitySlug, frameworkSlug).orElseThrow(NotFoundException::new);
        access.require(header.isConcept() ? Permission.VIEW_CONCEPTS : Permission.VIEW, header.municipalityId());
        long frameworkId = header.frameworkId();
        List<ThemeRow> themes = queries.themes(frameworkId);
        List<PlanView.ThemeTable> lines = PlanView.themeTables(
                themes,
                queries.activities(Owner.FRAMEWORK, frameworkId),
                queries.partnerMentions(Owner.FRAMEWORK, frameworkId));
        return new FrameworkView(
                header,
                queries.sections(Owner.FRAMEWORK, frameworkId),
                FrameworkView.themeBlocks(themes, queries.frameworkObjectives(frameworkId), lines),
                kpis.ofFramework(frameworkId),
                PlanView.budgetTables(queries.budget(Owner.FRAMEWORK, frameworkId)),
                queries.plans(frameworkId, access.may(Permission.VIEW_CONCEPTS, header.municipalityId())),
                access.may(Permission.EDIT_PLANS, header.municipalityId()),
                header.isConcept() && access.may(Permission.ADOPT_PLANS, header.municipalityId()));
    }

    /** An activity as its plan's readers may see it; only a concept's activity can still be edited. */
    ActivityView activity(String municipalitySlug, long activityId) {
        ActivityDetail activity =
                activities.activity(municipalitySlug, activityId).orElseThrow(NotFoundException::new);
        boolean concept = activity.planState() != null && activity.planState().isConcept();
        access.require(concept ? Permission.VIEW_CONCEPTS : Permission.VIEW, activity.municipalityId());
        // the staff's discussion is theirs: council members and the public do not read it
        boolean staff = access.may(Permission.VIEW_CONCEPTS, activity.municipalityId());
        Map<String, LegendEntry> legend = legends.of(activity.municipalityId());
        return new ActivityView(
                activity,
                PartnerLink.of(activityId, activities.partners(activityId)),
                activities.verdicts(activityId),
                activities.chain(activityId, access.may(Permission.VIEW_CONCEPTS, activity.municipalityId())),
                history.ofActivity(activityId, activity.municipalityId(), legend),
                legend,
                concept && access.may(Permission.EDIT_PLANS, activity.municipalityId()),
                activity.planState() != null
                        && activity.planState() != PlanState.GEEVALUEERD
                        && access.may(Permission.EDIT_PLANS, activity.municipalityId()),
                staff ? activities.comments(activityId) : List.of(),
                staff,
                activity.planState() != null && access.may(Permission.EDIT_PLANS, activity.municipalityId()));
    }
}
