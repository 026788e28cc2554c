package nl.ivbplanner.export;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.ivbplanner.formation.FormationQueries;
import nl.ivbplanner.kpi.KpiFiguresQueries;
import nl.ivbplanner.partner.ActivityOrganisation;
import nl.ivbplanner.security.MunicipalityAccess;
import nl.ivbplanner.security.Permission;
import nl.ivbplanner.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class PlanExportService {

    private final PlanExportQueries queries;
    private final KpiFiguresQueries kpis;
    private final FormationQueries formation;
    private final MunicipalityAccess access;

    PlanExportService(PlanExportQueries queries, KpiFiguresQueries kpis, FormationQueries formation,
            MunicipalityAccess access) {
        this.queries = queries;
        this.kpis = kpis;
        this.formation = formation;
        this.access = access;
    }

    /** A plan's content for whoever may read its page: staff for a concept, also council members once adopted. */
    @Transactional(readOnly = true)
    PlanExport plan(String municipalitySlug, String frameworkSlug, int year, ExportTexts texts) {
        ExportHeader header = queries.header(municipalitySlug, frameworkSlug, year).orElseThrow(NotFoundException::new);
        access.require(header.concept() ? Permission.VIEW_CONCEPTS : Permission.VIEW, header.municipalityId());
        Map<Long, List<ActivityOrganisation>> partners =
                ActivityOrganisation.perActivity(queries.partners(header.planId()));
        return new PlanExport(header,
                queries.activities(header).stream()
                        .map(a -> a.withPartners(names(partners.getOrDefault(a.id(), List.of()), texts))).toList(),
                kpis.ofPlan(header.planId()), queries.budget(header.planId()), formation.ofPlan(header.planId()));
    }

    /** 'Politie (trekker, regie); GGD Haaglanden': plain text, as the plan page lists them. */
    private static String names(List<ActivityOrganisation> organisations, ExportTexts texts) {
        if (organisations.isEmpty()) {
            return null;
        }
        return organisations.stream().map(o -> o.markedRoles().isEmpty() ? o.name()
                : o.name() + " (" + o.markedRoles().stream().map(role -> texts.get("partner.role." + role))
                        .collect(Collectors.joining(", ")) + ")")
                .collect(Collectors.joining("; "));
    }
}
