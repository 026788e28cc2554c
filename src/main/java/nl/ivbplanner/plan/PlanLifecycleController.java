package nl.ivbplanner.plan;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import nl.ivbplanner.common.FieldProblem;
import nl.ivbplanner.common.InvalidFormException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/gemeenten/{municipality}/kaders/{framework}/plannen/{year}")
class PlanLifecycleController {

    private static final String PLAN_PAGE = "redirect:/gemeenten/{municipality}/kaders/{framework}/plannen/{year}";

    private final PlanLifecycleService lifecycle;

    private final Clock clock;

    PlanLifecycleController(PlanLifecycleService lifecycle, Clock clock) {
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    @ModelAttribute
    void plan(@PathVariable String municipality, @PathVariable String framework, @PathVariable int year, Model model) {
        PlanLifecycleService.PlanFacts facts = lifecycle.facts(municipality, framework, year);
        model.addAttribute("planTitle", facts.title());
        model.addAttribute("plan", facts);
        model.addAttribute("planUrl", "/gemeenten/" + municipality + "/kaders/" + framework + "/plannen/" + year);
    }

    @GetMapping("/vaststellen")
    String adoptForm(Model model) {
        model.addAttribute("form", new AdoptForm(null));
        return "plan/adopt";
    }

    @PostMapping("/vaststellen")
    String adopt(@PathVariable String municipality, @PathVariable String framework, @PathVariable int year,
            @Valid @ModelAttribute("form") AdoptForm form, BindingResult errors, RedirectAttributes redirect) {
        Optional<LocalDate> date = errors.hasErrors() ? Optional.empty() : form.date();
        if (!errors.hasErrors() && date.isEmpty()) {
            errors.rejectValue("besluitdatum", "form.date.invalid");
        } else if (date.isPresent() && date.get().isAfter(LocalDate.now(clock))) {
            errors.rejectValue("besluitdatum", "plan.lifecycle.date.future");
        }
        if (errors.hasErrors()) {
            return "plan/adopt";
        }
        try {
            lifecycle.adopt(municipality, framework, year, date.get());
        } catch (InvalidFormException invalid) {
            FieldProblem.rejectAll(invalid.problems(), errors);
            return "plan/adopt";
        }
        redirect.addFlashAttribute("message", "plan.lifecycle.adopted");
        return PLAN_PAGE;
    }

    @GetMapping("/heropenen")
    String reopenForm(Model model) {
        model.addAttribute("form", new ReopenForm(null));
        return "plan/reopen";
    }

    @PostMapping("/heropenen")
    String reopen(@PathVariable String municipality, @PathVariable String framework, @PathVariable int year,
            @Valid @ModelAttribute("form") ReopenForm form, BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return "plan/reopen";
        }
        PlanState now = lifecycle.reopen(municipality, framework, year, form.reden());
        redirect.addFlashAttribute("message", "plan.lifecycle.reopened." + now);
        return PLAN_PAGE;
    }

    @GetMapping("/evaluatie/afsluiten")
    String confirmClose() {
        return "plan/close-evaluation";
    }

    @PostMapping("/evaluatie/afsluiten")
    String closeEvaluation(@PathVariable String municipality, @PathVariable String framework, @PathVariable int year,
            RedirectAttributes redirect) {
        lifecycle.closeEvaluation(municipality, framework, year, LocalDate.now(clock));
        redirect.addFlashAttribute("message", "evaluation.close.done");
        return PLAN_PAGE;
    }

    @ExceptionHandler(PlanTransitionException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String notAllowedNow(PlanTransitionException refused, Model model) {
        model.addAttribute("reason", refused.reasonKey());
        return "error/409";
    }
}
