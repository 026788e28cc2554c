package nl.ivbplanner.kpi;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.ivbplanner.activity.ResponsiblePeople;
import nl.ivbplanner.common.FieldProblem;
import nl.ivbplanner.common.InvalidFormException;
import nl.ivbplanner.common.UniqueIndex;
import nl.ivbplanner.plan.EditablePlans;
import nl.ivbplanner.plan.ExecutionPlan;
import nl.ivbplanner.plan.PlanAddress;
import nl.ivbplanner.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Recording measured KPI values, during the year and at its end, until the plan's evaluation is closed. */
@Service
class MeasurementService {

    /** A KPI has one value per period: a second one for the same period and year is a mistake, not a correction. */
    private static final UniqueIndex ONCE_PER_PERIOD = new UniqueIndex(
            "measurement_once_per_period_idx", new FieldProblem("periode", "measurement.form.period.taken"));

    private final EditablePlans plans;
    private final KpiRepository kpis;
    private final MeasurementRepository measurements;
    private final KpiFiguresQueries figures;
    private final ResponsiblePeople people;

    private final Clock clock;

    MeasurementService(
            EditablePlans plans,
            KpiRepository kpis,
            MeasurementRepository measurements,
            KpiFiguresQueries figures,
            ResponsiblePeople people,
            Clock clock) {
        this.plans = plans;
        this.kpis = kpis;
        this.measurements = measurements;
        this.figures = figures;
        this.people = people;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    MeasurementsPage page(PlanAddress address, long kpiId) {
        ExecutionPlan plan = plans.requireOpenForMeasurements(address);
        Kpi kpi = kpis.findByIdAndPlanId(kpiId, plan.getId()).orElseThrow(NotFoundException::new);
        return new MeasurementsPage(
                plan.getTitle(),
                kpi,
                measurements.findInOrder(kpi),
                figures.ofKpi(kpi.getId()).orElseThrow(NotFoundException::new),
                people.nameOf(kpi.getResponsibleUserId()));
    }

    /** The measurement as stored, for the API's answer (the page redirects to the list instead). */
    @Transactional
    Measurement add(PlanAddress address, long kpiId, MeasurementForm form) {
        ExecutionPlan plan = plans.requireOpenForMeasurements(address);
        Kpi kpi = kpis.findByIdAndPlanId(kpiId, plan.getId()).orElseThrow(NotFoundException::new);
        List<FieldProblem> problems = form.problems(kpi.getKind(), LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new InvalidFormException(problems);
        }
        MeasuredValue measured = form.toValue(kpi.getKind());
        if (measurements.existsForPeriod(kpi, measured.period(), measured.year())) {
            throw new InvalidFormException(List.of(ONCE_PER_PERIOD.problem()));
        }
        return ONCE_PER_PERIOD.guard(() -> measurements.saveAndFlush(Measurement.of(kpi, measured)));
    }

    @Transactional
    void remove(PlanAddress address, long kpiId, long measurementId) {
        ExecutionPlan plan = plans.requireOpenForMeasurements(address);
        Kpi kpi = kpis.findByIdAndPlanId(kpiId, plan.getId()).orElseThrow(NotFoundException::new);
        Measurement measurement = measurements
                .findById(measurementId)
                .filter(m -> m.getKpi().getId().equals(kpi.getId()))
                .orElseThrow(NotFoundException::new);
        measurements.delete(measurement);
    }

    /** A KPI with its measurements in time order (to remove one) and its figures as readers see them. */
    record MeasurementsPage(
            String planTitle, Kpi kpi, List<Measurement> measurements, KpiFigures figures, String responsibleName) {}
}
