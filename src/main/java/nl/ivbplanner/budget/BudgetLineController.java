package nl.ivbplanner.budget;

import nl.ivbplanner.plan.PlanAddress;
import nl.ivbplanner.plantables.TableLinesController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** The lines of a plan's budget tables. */
@Controller
@RequestMapping(PlanAddress.PATH + "/begroting")
class BudgetLineController extends TableLinesController<BudgetLineForm> {

    BudgetLineController(BudgetLineService lines) {
        super(lines, "begroting", "budget/budget-line-form");
    }
}
