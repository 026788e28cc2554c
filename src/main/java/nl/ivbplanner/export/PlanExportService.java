package nl.ivbplanner.export;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.ivbplanner.formation.FormationQueries;
import nl.ivbplanner.framework.ThemeRepository;
import nl.ivbplanner.kpi.KpiFiguresQueries;
import nl.ivbplanner.partner.ActivityOrganisation;
import nl.ivbplanner.plan.ObjectiveChoices;
import nl.ivbplanner.plan.PlanAddress;
import nl.ivbplanner.plan.PlanHeader;
import nl.ivbplanner.plan.PlanHeaderQueries;
import nl.ivbplanner.planview.PlanViewQueries;
import nl.ivbplanner.planview.PlanViewQueries.Owner;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class PlanExportService {

    private final PlanHeaderQueries headers;
    private final PlanExportQueries queries;
    private final PlanViewQueries plans;
    private final KpiFiguresQueries kpis;
    private final FormationQueries formation;
    private final ThemeRepository themes;
    private final ObjectiveChoices objectives;

    PlanExportService(
            PlanHeaderQueries headers,
            PlanExportQueries queries,
            PlanViewQueries plans,
            KpiFiguresQueries kpis,
            FormationQueries formation,
            ThemeRepository themes,
            ObjectiveChoices objectives) {
        this.headers = headers;
        this.queries = queries;
        this.plans = plans;
        this.kpis = kpis;
        this.formation = formation;
        this.themes = themes;
        this.objectives = objectives;
    }

    /**
     * What the blank import workbook lists, for whoever may read the plan: the themes of its framework in tree order
     * and the objectives its activities may answer to, the same lists the activity form offers (three statements).
     */
    @Transactional(readOnly = true)
    ImportTemplate template(PlanAddress address) {
        PlanHeader header = headers.readable(address);
        return new ImportTemplate(
                header,
                themes.findOptions(header.frameworkId()),
                objectives.forPlan(header.planId(), header.frameworkId()));
    }

    /** A plan's content for whoever may read its page: staff for a concept, also council members once adopted. */
    @Transactional(readOnly = true)
    PlanExport plan(PlanAddress address, ExportTexts texts) {
        PlanHeader header = headers.readable(address);
        Map<Long, List<ActivityOrganisation>> partners =
                ActivityOrganisation.perActivity(plans.partnerMentions(Owner.PLAN, header.planId()));
        return new PlanExport(
                header,
                queries.activities(header).stream()
                        .map(a -> a.withPartners(names(partners.getOrDefault(a.id(), List.of()), texts)))
                        .toList(),
                kpis.ofPlan(header.planId()),
                queries.budget(header.planId()),
                formation.ofPlan(header.planId()));
    }

    /** 'Politie (trekker, regie); GGD Haaglanden': plain text, as the plan page lists them. */
    private static String names(List<ActivityOrganisation> organisations, ExportTexts texts) {
        if (organisations.isEmpty()) {
            return null;
        }
        return organisations.stream()
                .map(o -> o.markedRoles().isEmpty()
                        ? o.name()
                        : o.name() + " ("
                                + o.markedRoles().stream()
                                        .map(role -> texts.get("partner.role." + role))
                                        .collect(Collectors.joining(", "))
                                + ")")
                .collect(Collectors.joining("; "));
    }
}
