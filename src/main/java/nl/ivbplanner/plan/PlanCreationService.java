package nl.ivbplanner.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.ivbplanner.framework.PolicyFramework;
import nl.ivbplanner.framework.PolicyFrameworkRepository;
import nl.ivbplanner.municipality.Municipality;
import nl.ivbplanner.municipality.MunicipalityRepository;
import nl.ivbplanner.security.MunicipalityAccess;
import nl.ivbplanner.security.Permission;
import nl.ivbplanner.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating next year's concept plan: empty, from the framework's lines, or from last year's unfinished work. */
@Service
class PlanCreationService {

    private final MunicipalityRepository municipalities;
    private final PolicyFrameworkRepository frameworks;
    private final ExecutionPlanRepository plans;
    private final ActivityRepository activities;
    private final ActivityPartnerRepository partnerLinks;
    private final MunicipalityAccess access;

    PlanCreationService(MunicipalityRepository municipalities, PolicyFrameworkRepository frameworks,
            ExecutionPlanRepository plans, ActivityRepository activities, ActivityPartnerRepository partnerLinks,
            MunicipalityAccess access) {
        this.municipalities = municipalities;
        this.frameworks = frameworks;
        this.plans = plans;
        this.activities = activities;
        this.partnerLinks = partnerLinks;
        this.access = access;
    }

    /** The framework's title, for the form; only for those who may write plans. */
    @Transactional(readOnly = true)
    String frameworkTitle(String municipalitySlug, String frameworkSlug) {
        return framework(municipalitySlug, frameworkSlug).getTitle();
    }

    @Transactional
    ExecutionPlan create(String municipalitySlug, String frameworkSlug, NewPlanForm form) {
        PolicyFramework framework = framework(municipalitySlug, frameworkSlug);
        if (plans.existsByFrameworkIdAndYear(framework.getId(), form.year())) {
            throw new PlanYearTakenException();
        }
        ExecutionPlan plan = plans.save(new ExecutionPlan(framework.getId(), form.year(), form.titel().strip()));
        List<Activity> origins = switch (form.start()) {
            case LEEG -> List.of();
            case KADER -> activities.findFrameworkLines(framework.getId());
            case VORIG_JAAR -> plans.findFirstByFrameworkIdAndYearLessThanOrderByYearDesc(framework.getId(), form.year())
                    .map(previous -> activities.findUnfinished(previous.getId())).orElse(List.of());
        };
        copy(origins, plan);
        return plan;
    }

    private void copy(List<Activity> origins, ExecutionPlan plan) {
        if (origins.isEmpty()) {
            return;
        }
        Set<Long> frameworkObjectives = activities.findFrameworkObjectives(
                origins.stream().map(Activity::getObjectiveId).filter(Objects::nonNull).toList());
        Map<Activity, Activity> copies = new HashMap<>();
        List<Activity> newActivities = new ArrayList<>();
        for (Activity origin : origins) {
            Activity copy = origin.copyInto(plan, newActivities.size(), frameworkObjectives.contains(origin.getObjectiveId()));
            copies.put(origin, copy);
            newActivities.add(copy);
        }
        activities.saveAll(newActivities);
        partnerLinks.saveAll(partnerLinks.findByActivities(origins).stream()
                .map(link -> link.copyFor(copies.get(link.getActivity()))).toList());
    }

    private PolicyFramework framework(String municipalitySlug, String frameworkSlug) {
        Municipality municipality = municipalities.findBySlug(municipalitySlug).orElseThrow(NotFoundException::new);
        access.require(Permission.EDIT_PLANS, municipality.getId());
        return frameworks.findByMunicipalityIdAndSlug(municipality.getId(), frameworkSlug).orElseThrow(NotFoundException::new);
    }
}
