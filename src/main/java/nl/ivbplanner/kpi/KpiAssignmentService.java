package nl.ivbplanner.kpi;

import java.util.List;
import nl.ivbplanner.activity.ResponsiblePeople;
import nl.ivbplanner.common.InvalidFormException;
import nl.ivbplanner.municipality.MunicipalityRepository;
import nl.ivbplanner.plan.EditablePlans;
import nl.ivbplanner.plan.ExecutionPlan;
import nl.ivbplanner.plan.PlanAddress;
import nl.ivbplanner.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who answers for a KPI's measurements: set while the plan takes measurements (concept and adopted), by whoever may
 * add them; the person is one of the municipality's advisors or managers, like an activity's.
 */
@Service
class KpiAssignmentService {

    private final EditablePlans plans;
    private final KpiRepository kpis;
    private final ResponsiblePeople people;
    private final MunicipalityRepository municipalities;

    KpiAssignmentService(
            EditablePlans plans, KpiRepository kpis, ResponsiblePeople people, MunicipalityRepository municipalities) {
        this.plans = plans;
        this.kpis = kpis;
        this.people = people;
        this.municipalities = municipalities;
    }

    record AssignmentPage(String planTitle, long kpiId, String kpiName, List<ResponsiblePeople.Person> people) {}

    @Transactional(readOnly = true)
    AssignmentPage page(PlanAddress address, long kpiId) {
        ExecutionPlan plan = plans.requireOpenForMeasurements(address);
        Kpi kpi = kpis.findByIdAndPlanId(kpiId, plan.getId()).orElseThrow(NotFoundException::new);
        return new AssignmentPage(plan.getTitle(), kpi.getId(), kpi.getName(), people.of(municipalityId(address)));
    }

    @Transactional(readOnly = true)
    KpiAssignmentForm form(PlanAddress address, long kpiId) {
        ExecutionPlan plan = plans.requireOpenForMeasurements(address);
        return KpiAssignmentForm.of(kpis.findByIdAndPlanId(kpiId, plan.getId()).orElseThrow(NotFoundException::new));
    }

    @Transactional
    void assign(PlanAddress address, long kpiId, KpiAssignmentForm form) {
        ExecutionPlan plan = plans.requireOpenForMeasurements(address);
        Kpi kpi = kpis.findByIdAndPlanId(kpiId, plan.getId()).orElseThrow(NotFoundException::new);
        kpi.requireVersion(form.version(), () -> KpiAssignmentForm.of(kpi));
        Long userId = form.userId();
        if (userId != null && !people.isOne(userId, municipalityId(address))) {
            throw new InvalidFormException("verantwoordelijke", "activity.assignment.person.unknown");
        }
        kpi.assign(userId);
    }

    /** Found after the plan: its lookup checked the user's access to the municipality. */
    private long municipalityId(PlanAddress address) {
        return municipalities
                .findBySlug(address.municipality())
                .orElseThrow(NotFoundException::new)
                .getId();
    }
}
