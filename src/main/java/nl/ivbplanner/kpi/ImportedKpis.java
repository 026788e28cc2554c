package nl.ivbplanner.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ivbplanner.plan.ExecutionPlan;
import nl.ivbplanner.web.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the KPIs of an imported workbook into a concept plan, inside the import's transaction: the import has checked
 * access, checked each row against the rules of the KPI form and shown the user what will change. The entities keep
 * their rules (a concept only, a milestone without numbers); KPIs are read once for the whole file.
 */
@Component
public class ImportedKpis {

    private final KpiRepository kpis;
    private final MeasurementRepository measurements;

    ImportedKpis(KpiRepository kpis, MeasurementRepository measurements) {
        this.kpis = kpis;
        this.measurements = measurements;
    }

    /** The plan's KPIs by id, for the changes and removals of one import. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<Long, Kpi> of(ExecutionPlan plan) {
        return kpis.findByPlanIdOrderByPositionAscIdAsc(plan.getId()).stream()
                .collect(Collectors.toMap(Kpi::getId, Function.identity()));
    }

    /** A new KPI at the end of the plan's list. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Kpi add(ExecutionPlan plan, KpiDefinition definition) {
        plan.requireEditable();
        // flushed at once, so that the next new KPI of the same import gets the next position
        return kpis.saveAndFlush(Kpi.addTo(plan.getId(), kpis.nextPosition(plan.getId()), definition));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void revise(ExecutionPlan plan, Kpi kpi, KpiDefinition definition) {
        plan.requireEditable();
        kpi.revise(definition);
    }

    /** Removes the KPIs and their measurements one by one, as the KPI page does, so that the history keeps them. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void remove(ExecutionPlan plan, Map<Long, Kpi> planKpis, Collection<Long> ids) {
        for (long id : ids) {
            Kpi kpi = planKpis.get(id);
            if (kpi == null) {
                throw new NotFoundException();
            }
            plan.requireEditable();
            measurements.deleteAll(measurements.findByKpi(kpi));
            kpis.delete(kpi);
        }
    }

    /** The measurements of the plan's KPIs by id, read after the KPIs of the same import were written. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<Long, Measurement> measurementsOf(ExecutionPlan plan) {
        return measurements.findByPlanId(plan.getId()).stream()
                .collect(Collectors.toMap(Measurement::getId, Function.identity()));
    }

    /** A measured value the workbook adds; the workbook says nothing of its source or note. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void addMeasurement(
            ExecutionPlan plan, Kpi kpi, String period, Integer year, BigDecimal value, LocalDate peildatum) {
        plan.requireEditable();
        measurements.save(Measurement.of(kpi, new MeasuredValue(period, year, value, peildatum, null, null)));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void correctMeasurement(
            ExecutionPlan plan,
            Measurement measurement,
            String period,
            Integer year,
            BigDecimal value,
            String valueText,
            LocalDate peildatum) {
        plan.requireEditable();
        measurement.correct(period, year, value, valueText, peildatum);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void removeMeasurements(ExecutionPlan plan, Map<Long, Measurement> planMeasurements, Collection<Long> ids) {
        for (long id : ids) {
            Measurement measurement = planMeasurements.get(id);
            if (measurement == null) {
                throw new NotFoundException();
            }
            plan.requireEditable();
            measurements.delete(measurement);
        }
    }
}
