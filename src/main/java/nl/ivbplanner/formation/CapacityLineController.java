package nl.ivbplanner.formation;

import nl.ivbplanner.plan.PlanAddress;
import nl.ivbplanner.plantables.TableLinesController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** The lines of a plan's formation tables. */
@Controller
@RequestMapping(PlanAddress.PATH + "/formatie")
class CapacityLineController extends TableLinesController<CapacityLineForm> {

    CapacityLineController(CapacityLineService lines) {
        super(lines, "formatie", "formation/capacity-line-form");
    }
}
