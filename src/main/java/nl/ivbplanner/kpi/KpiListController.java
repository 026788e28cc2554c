package nl.ivbplanner.kpi;

import nl.ivbplanner.common.Positions.Direction;
import nl.ivbplanner.plan.PlanAddress;
import nl.ivbplanner.web.DirectionSegment;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A concept plan's KPIs, and putting them in order. */
@Controller
@RequestMapping(KpiListController.KPIS)
class KpiListController {

    static final String KPIS = PlanAddress.PATH + "/kpis";

    private final KpiService kpis;

    KpiListController(KpiService kpis) {
        this.kpis = kpis;
    }

    @GetMapping
    String list(PlanAddress plan, Model model) {
        model.addAttribute("list", kpis.list(plan));
        return "kpi/kpis";
    }

    /** Back to the list, scrolled to the moved KPI so the user sees where it went. */
    @PostMapping("/{id}/" + DirectionSegment.PATH)
    String move(
            PlanAddress plan, @PathVariable long id, @PathVariable Direction direction, RedirectAttributes redirect) {
        kpis.move(plan, id, direction);
        redirect.addFlashAttribute("message", "kpi.moved");
        return "redirect:" + KPIS + "#kpi-{id}";
    }
}
