package nl.ivbplanner.planview;

import java.util.List;
import nl.ivbplanner.planview.PlanViewQueries.Owner;
import nl.ivbplanner.kpi.KpiFiguresQueries;
import nl.ivbplanner.security.MunicipalityAccess;
import nl.ivbplanner.security.Permission;
import nl.ivbplanner.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class FrameworkViewService {

    private final PlanViewQueries queries;
    private final KpiFiguresQueries kpis;
    private final MunicipalityAccess access;

    FrameworkViewService(PlanViewQueries queries, KpiFiguresQueries kpis, MunicipalityAccess access) {
        this.queries = queries;
        this.kpis = kpis;
        this.access = access;
    }

    /** A framework is adopted by the council, so everyone who may see the municipality may read it. */
    @Transactional(readOnly = true)
    FrameworkView framework(String municipalitySlug, String frameworkSlug) {
        FrameworkHeader header = queries.frameworkHeader(municipalitySlug, frameworkSlug).orElseThrow(NotFoundException::new);
        access.require(Permission.VIEW, header.municipalityId());
        List<ThemeRow> themes = queries.themes(header.frameworkId());
        List<PlanView.ThemeTable> lines = PlanView.themeTables(themes,
                queries.activities(Owner.FRAMEWORK, header.frameworkId()),
                queries.partnerMentions(Owner.FRAMEWORK, header.frameworkId()));
        return new FrameworkView(header, queries.sections(Owner.FRAMEWORK, header.frameworkId()),
                FrameworkView.themeBlocks(themes, queries.frameworkObjectives(header.frameworkId()), lines),
                kpis.ofFramework(header.frameworkId()),
                PlanView.budgetTables(queries.budget(Owner.FRAMEWORK, header.frameworkId())),
                queries.plans(header.frameworkId(), access.may(Permission.VIEW_CONCEPTS, header.municipalityId())),
                access.may(Permission.EDIT_PLANS, header.municipalityId()));
    }
}
