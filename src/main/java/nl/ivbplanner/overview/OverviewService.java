package nl.ivbplanner.overview;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.ivbplanner.framework.FrameworkSummary;
import nl.ivbplanner.framework.PolicyFrameworkRepository;
import nl.ivbplanner.municipality.Municipality;
import nl.ivbplanner.municipality.MunicipalityRepository;
import nl.ivbplanner.plan.ExecutionPlanRepository;
import nl.ivbplanner.plan.PlanState;
import nl.ivbplanner.plan.PlanSummary;
import nl.ivbplanner.security.MunicipalityAccess;
import nl.ivbplanner.security.Permission;
import nl.ivbplanner.security.SignedInUser;
import nl.ivbplanner.web.NotFoundException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class OverviewService {

    private final MunicipalityRepository municipalities;
    private final PolicyFrameworkRepository frameworks;
    private final ExecutionPlanRepository plans;
    private final MunicipalityAccess access;

    OverviewService(
            MunicipalityRepository municipalities,
            PolicyFrameworkRepository frameworks,
            ExecutionPlanRepository plans,
            MunicipalityAccess access) {
        this.municipalities = municipalities;
        this.frameworks = frameworks;
        this.plans = plans;
        this.access = access;
    }

    /**
     * Above this many municipalities a list of all of them is no longer offered at once: the header links to the
     * home page's list instead of a select, and the home page has a search field and groups them per safety region.
     */
    static final int MANY = 20;

    /** Whether the signed-in user may open every municipality: their home page's list is the same for all such. */
    boolean seesAll() {
        SignedInUser user = access.currentUser();
        return user != null && user.isGlobalAdmin();
    }

    /**
     * What the header's municipality switcher offers: the municipalities the user may open, or, when there are more
     * than {@link #MANY}, none of them and a link to the home page's list (so no page reads them all).
     */
    SwitchableMunicipalities switchableMunicipalities() {
        SignedInUser user = access.currentUser();
        if (user == null || !user.isGlobalAdmin()) {
            return new SwitchableMunicipalities(visibleMunicipalities(), false);
        }
        List<Municipality> first = municipalities.findAllByOrderByName(Limit.of(MANY + 1));
        return first.size() > MANY
                ? new SwitchableMunicipalities(List.of(), true)
                : new SwitchableMunicipalities(first, false);
    }

    /** The municipalities the signed-in user may open. */
    List<Municipality> visibleMunicipalities() {
        SignedInUser user = access.currentUser();
        if (user == null) {
            return List.of();
        }
        if (user.isGlobalAdmin()) {
            return municipalities.findAllByOrderByName();
        }
        return municipalities.findById(user.municipalityId()).map(List::of).orElse(List.of());
    }

    MunicipalityOverview municipalityOverview(String slug) {
        Municipality municipality = municipalities.findBySlug(slug).orElseThrow(NotFoundException::new);
        access.require(Permission.VIEW, municipality.getId());
        boolean staff = access.may(Permission.VIEW_CONCEPTS, municipality.getId());
        List<FrameworkSummary> frameworkList = frameworks.findSummariesByMunicipalityId(municipality.getId()).stream()
                .filter(f -> staff || !f.state().isConcept())
                .toList();
        EnumSet<PlanState> states =
                staff ? EnumSet.allOf(PlanState.class) : EnumSet.of(PlanState.VASTGESTELD, PlanState.GEEVALUEERD);
        Map<Long, List<PlanSummary>> plansByFramework = frameworkList.isEmpty()
                ? Map.of()
                : plans
                        .findSummaries(
                                frameworkList.stream().map(FrameworkSummary::id).toList(), states)
                        .stream()
                        .collect(Collectors.groupingBy(PlanSummary::frameworkId));
        return new MunicipalityOverview(
                municipality,
                frameworkList.stream()
                        .map(f -> new MunicipalityOverview.FrameworkWithPlans(
                                f, plansByFramework.getOrDefault(f.id(), List.of())))
                        .toList(),
                access.may(Permission.EDIT_PLANS, municipality.getId()));
    }
}
