package nl.ivbplanner.evaluation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ivbplanner.activity.Activity;
import nl.ivbplanner.activity.ActivityRepository;
import nl.ivbplanner.evaluation.EvaluationQueries.Legend;
import nl.ivbplanner.evaluation.EvaluationQueries.PlanFacts;
import nl.ivbplanner.evaluation.EvaluationQueries.VerdictRow;
import nl.ivbplanner.security.MunicipalityAccess;
import nl.ivbplanner.security.Permission;
import nl.ivbplanner.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Giving verdicts on an adopted plan's activities, row by row, by the municipality's advisors and managers. */
@Service
class EvaluationService {

    private final EvaluationQueries queries;
    private final EvaluationRepository evaluations;
    private final ActivityRepository activities;
    private final MunicipalityAccess access;

    EvaluationService(EvaluationQueries queries, EvaluationRepository evaluations, ActivityRepository activities,
            MunicipalityAccess access) {
        this.queries = queries;
        this.evaluations = evaluations;
        this.activities = activities;
        this.access = access;
    }

    @Transactional(readOnly = true)
    EvaluationPage page(String municipalitySlug, String frameworkSlug, int year, EvaluationMoment moment) {
        PlanFacts plan = openPlan(municipalitySlug, frameworkSlug, year);
        return new EvaluationPage(plan, moment, legend(plan), queries.rows(plan.planId(), moment),
                access.may(Permission.ADOPT_PLANS, plan.municipalityId()));
    }

    /** Saves one row's verdict and returns the row as stored now. */
    @Transactional
    VerdictRow save(String municipalitySlug, String frameworkSlug, int year, EvaluationMoment moment, long activityId,
            EvaluationForm form) {
        PlanFacts plan = openPlan(municipalitySlug, frameworkSlug, year);
        Activity activity = activities.findById(activityId)
                .filter(a -> a.getPlan() != null && a.getPlan().getId() == plan.planId())
                .orElseThrow(NotFoundException::new);
        Evaluation stored = evaluations.findByActivityIdAndMoment(activityId, moment).orElse(null);
        Long storedVersion = stored == null ? null : stored.getVersion();
        if (!Objects.equals(storedVersion, form.seenVersion())) {
            throw new StaleVerdictException(queries.row(plan.planId(), moment, activityId).orElseThrow());
        }
        long by = access.currentUser().id();
        OffsetDateTime now = OffsetDateTime.now();
        if (stored == null) {
            evaluations.saveAndFlush(Evaluation.give(activity, moment, form.status(), form.resultText(), by, now));
        } else {
            stored.revise(form.status(), form.resultText(), by, now);
            evaluations.flush();
        }
        return queries.row(plan.planId(), moment, activityId).orElseThrow();
    }

    /** The row as stored, for showing a failed save beside the user's input. */
    @Transactional(readOnly = true)
    VerdictRow row(String municipalitySlug, String frameworkSlug, int year, EvaluationMoment moment, long activityId) {
        PlanFacts plan = openPlan(municipalitySlug, frameworkSlug, year);
        return queries.row(plan.planId(), moment, activityId).orElseThrow(NotFoundException::new);
    }

    private Map<String, Legend> legend(PlanFacts plan) {
        return queries.legend(plan.municipalityId()).stream().collect(Collectors.toMap(Legend::status, Function.identity()));
    }

    private PlanFacts openPlan(String municipalitySlug, String frameworkSlug, int year) {
        PlanFacts plan = queries.plan(municipalitySlug, frameworkSlug, year).orElseThrow(NotFoundException::new);
        access.require(Permission.EDIT_PLANS, plan.municipalityId());
        if (!"VASTGESTELD".equals(plan.state())) {
            throw new EvaluationClosedException();
        }
        return plan;
    }

    /** The evaluation page: the plan, the legend, and every activity with its verdict at the moment. */
    record EvaluationPage(PlanFacts plan, EvaluationMoment moment, Map<String, Legend> legend, List<VerdictRow> rows,
            boolean manager) {

        public long judged() {
            return rows.stream().filter(VerdictRow::judged).count();
        }
    }
}
