package nl.ivbplanner.plan;

import nl.ivbplanner.common.StateConflictException;
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
 * municipality (else 403), the plan must exist there (else 404) and still be open for the change (else 409). A
 * manager's decision on the plan as a whole comes in through {@link #requireManaged}.
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
    public ExecutionPlan require(PlanAddress address) {
        ExecutionPlan plan = writable(address);
        plan.requireEditable();
        return plan;
    }

    /** The same checks for KPI measurements, which also come in after adoption, until the evaluation is closed. */
    @Transactional(propagation = Propagation.MANDATORY)
    public ExecutionPlan requireOpenForMeasurements(PlanAddress address) {
        ExecutionPlan plan = writable(address);
        if (!plan.isOpenForMeasurements()) {
            throw new StateConflictException(ExecutionPlan.NOT_EDITABLE);
        }
        return plan;
    }

    /**
     * For a manager's decision on the plan as a whole (adopt, reopen, close the evaluation, rename, delete): the user
     * must manage the municipality's plans (else 403) and the plan must exist there (else 404); the decision checks
     * the plan's state itself.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public ExecutionPlan requireManaged(PlanAddress address) {
        return plans.findInMunicipality(
                        municipalityId(address, Permission.ADOPT_PLANS), address.framework(), address.year())
                .orElseThrow(NotFoundException::new);
    }

    private ExecutionPlan writable(PlanAddress address) {
        return plans.findInMunicipalityForChanges(
                        municipalityId(address, Permission.EDIT_PLANS), address.framework(), address.year())
                .orElseThrow(NotFoundException::new);
    }

    private long municipalityId(PlanAddress address, Permission needed) {
        Municipality municipality =
                municipalities.findBySlug(address.municipality()).orElseThrow(NotFoundException::new);
        access.require(needed, municipality.getId());
        return municipality.getId();
    }
}
