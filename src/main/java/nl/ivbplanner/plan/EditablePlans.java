package nl.ivbplanner.plan;

import nl.ivbplanner.municipality.Municipality;
import nl.ivbplanner.municipality.MunicipalityRepository;
import nl.ivbplanner.security.MunicipalityAccess;
import nl.ivbplanner.security.Permission;
import nl.ivbplanner.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way into a plan for changing its parts (KPIs, budget, texts, ...): the user must edit plans of the
 * municipality (else 403), the plan must exist there (else 404) and still be open for the change (else 409).
 */
@Service
public class EditablePlans {

    private final MunicipalityRepository municipalities;
    private final ExecutionPlanRepository plans;
    private final MunicipalityAccess access;

    EditablePlans(MunicipalityRepository municipalities, ExecutionPlanRepository plans, MunicipalityAccess access) {
        this.municipalities = municipalities;
        this.plans = plans;
        this.access = access;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public ExecutionPlan require(String municipalitySlug, String frameworkSlug, int year) {
        ExecutionPlan plan = writable(municipalitySlug, frameworkSlug, year);
        if (!plan.isEditable()) {
            throw new PlanNotEditableException();
        }
        return plan;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public ExecutionPlan require(PlanAddress plan) {
        return require(plan.municipality(), plan.framework(), plan.year());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public ExecutionPlan requireOpenForMeasurements(PlanAddress plan) {
        return requireOpenForMeasurements(plan.municipality(), plan.framework(), plan.year());
    }

    /** The same checks for KPI measurements, which also come in after adoption, until the evaluation is closed. */
    @Transactional(propagation = Propagation.MANDATORY)
    public ExecutionPlan requireOpenForMeasurements(String municipalitySlug, String frameworkSlug, int year) {
        ExecutionPlan plan = writable(municipalitySlug, frameworkSlug, year);
        if (!plan.isOpenForMeasurements()) {
            throw new PlanNotEditableException();
        }
        return plan;
    }

    private ExecutionPlan writable(String municipalitySlug, String frameworkSlug, int year) {
        Municipality municipality = municipalities.findBySlug(municipalitySlug).orElseThrow(NotFoundException::new);
        access.require(Permission.EDIT_PLANS, municipality.getId());
        return plans.findInMunicipalityForChanges(municipality.getId(), frameworkSlug, year).orElseThrow(NotFoundException::new);
    }
}
