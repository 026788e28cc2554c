package nl.ivbplanner.kpi;

import nl.ivbplanner.plan.PlanAddress;
import nl.ivbplanner.plan.PlanHeader;
import nl.ivbplanner.plan.PlanHeaderQueries;
import nl.ivbplanner.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A plan's KPI for the API: for whoever may read the plan, and only when the KPI is one of that plan's. */
@Service
@Transactional(readOnly = true)
class KpiApiService {

    private final PlanHeaderQueries headers;
    private final KpiFiguresQueries kpis;

    KpiApiService(PlanHeaderQueries headers, KpiFiguresQueries kpis) {
        this.headers = headers;
        this.kpis = kpis;
    }

    KpiJson ofPlan(PlanAddress address, long kpiId) {
        PlanHeader plan = headers.publishedOrReadable(address);
        // the plan's own KPIs, so that another plan's KPI (or another municipality's) is not found at this address
        return kpis.ofPlan(plan.planId()).stream()
                .filter(kpi -> kpi.id() == kpiId)
                .findFirst()
                .map(KpiJson::of)
                .orElseThrow(NotFoundException::new);
    }

    /** One measurement of the plan's KPI: where the API's answer to a new measurement points (Location). */
    KpiJson.MeasurementJson measurement(PlanAddress address, long kpiId, long measurementId) {
        return ofPlan(address, kpiId).metingen().stream()
                .filter(measurement -> measurement.id() == measurementId)
                .findFirst()
                .orElseThrow(NotFoundException::new);
    }
}
