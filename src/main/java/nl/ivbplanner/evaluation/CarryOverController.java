package nl.ivbplanner.evaluation;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/gemeenten/{municipality}/kaders/{framework}/plannen/{year}/overnemen")
class CarryOverController {

    private final CarryOverService carryOver;

    CarryOverController(CarryOverService carryOver) {
        this.carryOver = carryOver;
    }

    @GetMapping
    String page(@PathVariable String municipality, @PathVariable String framework, @PathVariable int year, Model model) {
        model.addAttribute("page", carryOver.page(municipality, framework, year));
        return "evaluation/carry-over";
    }

    @PostMapping
    String carryOver(@PathVariable String municipality, @PathVariable String framework, @PathVariable int year,
            @RequestParam(name = "activiteit", required = false) List<Long> chosen, RedirectAttributes redirect) {
        CarryOverService.CarryOverResult result = carryOver.carryOver(municipality, framework, year,
                chosen == null ? List.of() : chosen);
        redirect.addFlashAttribute("message", "carry-over.done");
        redirect.addFlashAttribute("messageArguments", List.of(result.added(), result.title(), result.alreadyThere()));
        redirect.addAttribute("next", result.year());
        return "redirect:/gemeenten/{municipality}/kaders/{framework}/plannen/{next}";
    }

    @ExceptionHandler(CarryOverNotPossibleException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String notPossible(CarryOverNotPossibleException refused, Model model) {
        model.addAttribute("reason", refused.reasonKey());
        return "error/409";
    }
}
