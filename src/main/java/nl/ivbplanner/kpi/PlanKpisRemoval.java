package nl.ivbplanner.kpi;

import nl.ivbplanner.plan.PlanRemoval;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A deleted concept plan takes its KPIs and their measurements along, each deletion kept in the history. */
@Component
class PlanKpisRemoval {

    private final KpiRepository kpis;
    private final MeasurementRepository measurements;

    PlanKpisRemoval(KpiRepository kpis, MeasurementRepository measurements) {
        this.kpis = kpis;
        this.measurements = measurements;
    }

    @EventListener
    void remove(PlanRemoval removal) {
        measurements.deleteAll(measurements.findByPlanId(removal.planId()));
        kpis.deleteAll(kpis.findByPlanIdOrderByPositionAscIdAsc(removal.planId()));
    }
}
