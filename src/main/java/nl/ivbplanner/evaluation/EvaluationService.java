package nl.ivbplanner.evaluation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.ivbplanner.activity.Activity;
import nl.ivbplanner.activity.ActivityRepository;
import nl.ivbplanner.common.EditConflictException;
import nl.ivbplanner.common.StateConflictException;
import nl.ivbplanner.plan.PlanAddress;
import nl.ivbplanner.plan.PlanHeader;
import nl.ivbplanner.plan.PlanHeaderQueries;
import nl.ivbplanner.plan.PlanRemoval;
import nl.ivbplanner.security.MunicipalityAccess;
import nl.ivbplanner.security.Permission;
import nl.ivbplanner.web.NotFoundException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Giving verdicts on an adopted plan's activities, row by row, by the municipality's advisors and managers. */
@Service
class EvaluationService {

    private final PlanHeaderQueries plans;
    private final EvaluationQueries queries;
    private final LegendQueries legends;
    private final EvaluationRepository evaluations;
    private final ActivityRepository activities;
    private final MunicipalityAccess access;

    EvaluationService(
            PlanHeaderQueries plans,
            EvaluationQueries queries,
            LegendQueries legends,
            EvaluationRepository evaluations,
            ActivityRepository activities,
            MunicipalityAccess access) {
        this.plans = plans;
        this.queries = queries;
        this.legends = legends;
        this.evaluations = evaluations;
        this.activities = activities;
        this.access = access;
    }

    @Transactional(readOnly = true)
    EvaluationPage page(PlanAddress address, EvaluationMoment moment) {
        PlanHeader plan = openPlan(address);
        return new EvaluationPage(
                plan,
                legends.of(plan.municipalityId()),
                queries.rows(plan.planId(), moment),
                access.may(Permission.ADOPT_PLANS, plan.municipalityId()));
    }

    /**
     * Saves one row's verdict, unless a colleague saved one in between (then refused with the row as stored now) or
     * the verdict breaks its own rules (a yellow or red one needs a result text). Answers the row as stored now, with
     * the legend to name its verdict.
     */
    @Transactional
    EvaluationRow save(VerdictAddress address, EvaluationForm form) {
        PlanHeader plan = openPlan(address.plan());
        Activity activity = activities
                .findById(address.activityId())
                .filter(a -> a.getPlan() != null && a.getPlan().getId() == plan.planId())
                .orElseThrow(NotFoundException::new);
        Evaluation stored = evaluations
                .findByActivityIdAndMoment(activity.getId(), address.moment())
                .orElse(null);
        if (!Objects.equals(stored == null ? null : stored.getVersion(), form.seenVersion())) {
            throw new EditConflictException(queries.row(plan.planId(), address.moment(), activity.getId())
                    .orElseThrow());
        }
        long by = access.currentUser().id();
        OffsetDateTime now = OffsetDateTime.now();
        if (stored == null) {
            evaluations.saveAndFlush(
                    Evaluation.give(activity, address.moment(), form.status(), form.resultText(), by, now));
        } else {
            stored.revise(form.status(), form.resultText(), by, now);
            evaluations.flush();
        }
        return new EvaluationRow(
                legends.of(plan.municipalityId()),
                queries.row(plan.planId(), address.moment(), activity.getId()).orElseThrow());
    }

    /** One row as stored, with the legend to draw it: after a save, or beside a failed save's input. */
    @Transactional(readOnly = true)
    EvaluationRow row(VerdictAddress address) {
        PlanHeader plan = openPlan(address.plan());
        return new EvaluationRow(
                legends.of(plan.municipalityId()),
                queries.row(plan.planId(), address.moment(), address.activityId())
                        .orElseThrow(NotFoundException::new));
    }

    /**
     * A deleted concept plan takes the verdicts on its activities along (a concept reopened from an adopted plan may
     * have interim verdicts), each deletion kept in the history.
     */
    @EventListener
    void remove(PlanRemoval removal) {
        evaluations.deleteAll(evaluations.findByPlanId(removal.planId()));
    }

    private PlanHeader openPlan(PlanAddress address) {
        PlanHeader plan = plans.writable(address);
        if (!plan.state().isOpenForEvaluation()) {
            throw new StateConflictException("evaluation.not-open");
        }
        return plan;
    }

    /** The evaluation page: the plan, the legend, and every activity with its verdict at the moment. */
    record EvaluationPage(PlanHeader plan, Map<String, LegendEntry> legend, List<VerdictRow> rows, boolean manager) {

        public long judged() {
            return rows.stream().filter(VerdictRow::judged).count();
        }
    }

    record EvaluationRow(Map<String, LegendEntry> legend, VerdictRow row) {}
}
