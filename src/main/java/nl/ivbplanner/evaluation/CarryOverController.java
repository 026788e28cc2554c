package nl.ivbplanner.evaluation;

import java.util.List;
import nl.ivbplanner.plan.PlanAddress;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping(PlanAddress.PATH + "/overnemen")
class CarryOverController {

    private final CarryOverService carryOver;

    CarryOverController(CarryOverService carryOver) {
        this.carryOver = carryOver;
    }

    @GetMapping
    String page(PlanAddress plan, Model model) {
        model.addAttribute("page", carryOver.page(plan));
        return "evaluation/carry-over";
    }

    @PostMapping
    String carryOver(
            PlanAddress plan,
            @RequestParam(name = "activiteit", required = false) List<Long> chosen,
            RedirectAttributes redirect) {
        CarryOverService.CarryOverResult result = carryOver.carryOver(plan, chosen == null ? List.of() : chosen);
        redirect.addFlashAttribute("message", "carry-over.done");
        redirect.addFlashAttribute("messageArguments", List.of(result.added(), result.title(), result.alreadyThere()));
        return "redirect:" + new PlanAddress(plan.municipality(), plan.framework(), result.year()).url();
    }
}
