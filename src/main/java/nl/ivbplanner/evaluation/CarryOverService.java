package nl.ivbplanner.evaluation;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.ivbplanner.activity.Activity;
import nl.ivbplanner.activity.ActivityCopier;
import nl.ivbplanner.activity.ActivityRepository;
import nl.ivbplanner.common.StateConflictException;
import nl.ivbplanner.evaluation.EvaluationQueries.CarryOverCandidate;
import nl.ivbplanner.evaluation.EvaluationQueries.NextPlan;
import nl.ivbplanner.plan.ExecutionPlan;
import nl.ivbplanner.plan.ExecutionPlanRepository;
import nl.ivbplanner.plan.PlanAddress;
import nl.ivbplanner.plan.PlanHeader;
import nl.ivbplanner.plan.PlanHeaderQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 'Overnemen in het plan van volgend jaar': the chosen yellow and red activities of an evaluated plan go into next
 * year's concept plan (made when it does not exist yet), each linked to its origin, never twice.
 */
@Service
class CarryOverService {

    private final PlanHeaderQueries headers;
    private final EvaluationQueries queries;
    private final LegendQueries legends;
    private final ExecutionPlanRepository plans;
    private final ActivityRepository activities;
    private final ActivityCopier copier;

    CarryOverService(
            PlanHeaderQueries headers,
            EvaluationQueries queries,
            LegendQueries legends,
            ExecutionPlanRepository plans,
            ActivityRepository activities,
            ActivityCopier copier) {
        this.headers = headers;
        this.queries = queries;
        this.legends = legends;
        this.plans = plans;
        this.activities = activities;
        this.copier = copier;
    }

    @Transactional(readOnly = true)
    CarryOverPage page(PlanAddress address) {
        PlanHeader plan = evaluatedPlan(address);
        int year = plan.year();
        return new CarryOverPage(
                plan,
                queries.nextPlan(plan.frameworkId(), year + 1),
                queries.carryOverCandidates(plan.planId(), plan.frameworkId(), year + 1),
                legends.of(plan.municipalityId()));
    }

    @Transactional
    CarryOverResult carryOver(PlanAddress address, Collection<Long> chosen) {
        PlanHeader plan = evaluatedPlan(address);
        int year = plan.year();
        if (plan.lastOfFramework()) {
            // next year belongs to no plan of this framework; the next framework's first plan starts from its own lines
            throw new StateConflictException("carry-over.beyond-framework");
        }
        List<CarryOverCandidate> candidates = queries.carryOverCandidates(plan.planId(), plan.frameworkId(), year + 1);
        Set<Long> wanted = candidates.stream()
                .map(CarryOverCandidate::activityId)
                .filter(chosen::contains)
                .collect(Collectors.toSet());
        Set<Long> alreadyThere = candidates.stream()
                .filter(CarryOverCandidate::carried)
                .map(CarryOverCandidate::activityId)
                .filter(wanted::contains)
                .collect(Collectors.toSet());
        // locked, so an adoption of next year's plan at this moment is waited for and then refuses the copies
        ExecutionPlan next = plans.findInMunicipalityForChanges(plan.municipalityId(), plan.frameworkSlug(), year + 1)
                .orElseGet(() ->
                        plans.save(new ExecutionPlan(plan.frameworkId(), year + 1, nextTitle(plan.title(), year))));
        List<Activity> origins = activities.findAllById(wanted).stream()
                .filter(activity -> !alreadyThere.contains(activity.getId()))
                .sorted(Comparator.comparingInt(Activity::getPosition).thenComparing(Activity::getId))
                .toList();
        copier.copy(origins, next);
        return new CarryOverResult(next.getYear(), next.getTitle(), origins.size(), alreadyThere.size());
    }

    /** 'Uitvoeringsplan IVB 2025' becomes 'Uitvoeringsplan IVB 2026'; a title without its year gets one. */
    static String nextTitle(String title, int year) {
        String thisYear = String.valueOf(year);
        return title.contains(thisYear) ? title.replace(thisYear, String.valueOf(year + 1)) : title + " " + (year + 1);
    }

    private PlanHeader evaluatedPlan(PlanAddress address) {
        PlanHeader plan = headers.writable(address);
        if (!plan.state().isEvaluated()) {
            throw new StateConflictException("carry-over.not-evaluated");
        }
        return plan;
    }

    record CarryOverPage(
            PlanHeader plan,
            Optional<NextPlan> next,
            List<CarryOverCandidate> candidates,
            Map<String, LegendEntry> legend) {

        /**
         * Activities can only go into a next plan of the framework that is still a concept (or does not exist yet),
         * and only while next year is within the framework's period.
         */
        public boolean nextIsOpen() {
            return !plan.lastOfFramework()
                    && next.map(n -> n.state().isConcept()).orElse(true);
        }
    }

    record CarryOverResult(int year, String title, int added, int alreadyThere) {}
}
