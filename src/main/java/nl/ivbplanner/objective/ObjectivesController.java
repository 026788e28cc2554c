package nl.ivbplanner.objective;

import nl.ivbplanner.plan.PlanAddress;
import nl.ivbplanner.web.ListEditorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** The objectives page of a concept plan: adding goals under its framework's themes, editing, deleting, reordering. */
@Controller
@RequestMapping(ObjectivesController.OBJECTIVES)
class ObjectivesController extends ListEditorController<PlanAddress, ObjectiveForm> {

    static final String OBJECTIVES = PlanAddress.PATH + "/doelen";

    ObjectivesController(ObjectiveService objectives) {
        super(objectives, new Pages(OBJECTIVES, "objective", "objective", "doel-", "objective"));
    }
}
