package nl.ivbplanner.planview;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class PlanViewController {

    private final PlanViewService plans;
    private final FrameworkViewService frameworks;

    PlanViewController(PlanViewService plans, FrameworkViewService frameworks) {
        this.plans = plans;
        this.frameworks = frameworks;
    }

    @GetMapping("/gemeenten/{municipality}/kaders/{framework}")
    String framework(@PathVariable String municipality, @PathVariable String framework, Model model) {
        model.addAttribute("view", frameworks.framework(municipality, framework));
        return "planview/framework";
    }

    /** Plan URLs name the framework, because one municipality can have two plans in one year. */
    @GetMapping("/gemeenten/{municipality}/kaders/{framework}/plannen/{year}")
    String plan(@PathVariable String municipality, @PathVariable String framework, @PathVariable int year, Model model) {
        model.addAttribute("view", plans.plan(municipality, framework, year));
        return "planview/plan";
    }
}
