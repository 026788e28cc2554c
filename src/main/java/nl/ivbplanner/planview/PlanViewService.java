package nl.ivbplanner.planview;

import java.util.List;
import nl.ivbplanner.budget.FormationQueries;
import nl.ivbplanner.evaluation.LegendQueries;
import nl.ivbplanner.kpi.KpiFiguresQueries;
import nl.ivbplanner.plan.PlanAddress;
import nl.ivbplanner.plan.PlanHeader;
import nl.ivbplanner.plan.PlanHeaderQueries;
import nl.ivbplanner.planview.PlanViewQueries.Owner;
import nl.ivbplanner.security.MunicipalityAccess;
import nl.ivbplanner.security.Permission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class PlanViewService {

    private final PlanHeaderQueries headers;
    private final PlanViewQueries queries;
    private final LegendQueries legends;
    private final KpiFiguresQueries kpis;
    private final FormationQueries formation;
    private final MunicipalityAccess access;

    PlanViewService(PlanHeaderQueries headers, PlanViewQueries queries, LegendQueries legends, KpiFiguresQueries kpis,
            FormationQueries formation, MunicipalityAccess access) {
        this.headers = headers;
        this.queries = queries;
        this.legends = legends;
        this.kpis = kpis;
        this.formation = formation;
        this.access = access;
    }

    /** A plan as its municipality's staff, or (once adopted) its council members, may read it. */
    @Transactional(readOnly = true)
    PlanView plan(PlanAddress address, PlanFilter filter) {
        PlanHeader header = headers.readable(address);
        long planId = header.planId();
        List<BudgetRow> budget = queries.budget(Owner.PLAN, planId);
        List<ThemeRow> themes = queries.themes(header.frameworkId());
        boolean writer = access.may(Permission.EDIT_PLANS, header.municipalityId());
        return new PlanView(header, queries.sections(Owner.PLAN, planId),
                PlanView.themeTables(themes, queries.activities(Owner.PLAN, planId, filter),
                        queries.partnerMentions(Owner.PLAN, planId)),
                kpis.ofPlan(planId), PlanView.budgetTables(budget), formation.ofPlan(planId),
                legends.of(header.municipalityId()), themes, queries.partners(planId),
                access.may(Permission.ADOPT_PLANS, header.municipalityId()), writer,
                header.state().isEditable() && writer, queries.stateChanges(planId));
    }
}
