package nl.ivbplanner.history;

import nl.ivbplanner.common.FieldProblem;
import nl.ivbplanner.framework.FrameworkAddress;
import nl.ivbplanner.plan.PlanAddress;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/** A plan's history (its staff only), and the history of one item of a plan or framework (whoever reads it). */
@Controller
class HistoryController {

    static final String HISTORY = PlanAddress.PATH + "/geschiedenis";

    private final HistoryService history;

    HistoryController(HistoryService history) {
        this.history = history;
    }

    @GetMapping(HISTORY)
    String plan(
            PlanAddress plan,
            @ModelAttribute("filter") PlanHistoryFilter filter,
            BindingResult shownNextToTheFields,
            Model model) {
        FieldProblem.rejectAll(filter.problems(), shownNextToTheFields);
        model.addAttribute("history", history.plan(plan, filter));
        return "history/plan";
    }

    @GetMapping(HISTORY + "/{kind}/{id}")
    String item(PlanAddress plan, @PathVariable String kind, @PathVariable long id, Model model) {
        model.addAttribute("history", history.item(plan, kind, id));
        return "history/item";
    }

    /** A framework's own item: its texts, its KPIs, its budget. */
    @GetMapping(FrameworkAddress.PATH + "/geschiedenis/{kind}/{id}")
    String frameworkItem(FrameworkAddress framework, @PathVariable String kind, @PathVariable long id, Model model) {
        model.addAttribute("history", history.frameworkItem(framework, kind, id));
        return "history/item";
    }
}
