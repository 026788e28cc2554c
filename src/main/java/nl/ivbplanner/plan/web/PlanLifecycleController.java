package nl.ivbplanner.plan.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import nl.ivbplanner.common.FieldProblem;
import nl.ivbplanner.plan.PlanAddress;
import nl.ivbplanner.plan.PlanLifecycleService;
import nl.ivbplanner.web.FormSubmission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping(PlanAddress.PATH)
class PlanLifecycleController {

    private static final String ADOPT = "plan/adopt";
    private static final String REOPEN = "plan/reopen";

    private final PlanLifecycleService lifecycle;

    private final Clock clock;

    PlanLifecycleController(PlanLifecycleService lifecycle, Clock clock) {
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    @ModelAttribute
    void plan(PlanAddress plan, Model model) {
        PlanLifecycleService.PlanFacts facts = lifecycle.facts(plan);
        model.addAttribute("planTitle", facts.title());
        model.addAttribute("plan", facts);
    }

    @GetMapping("/vaststellen")
    String adoptForm(Model model) {
        model.addAttribute("form", new AdoptForm(null));
        return ADOPT;
    }

    @PostMapping("/vaststellen")
    String adopt(
            PlanAddress plan,
            @Valid @ModelAttribute("form") AdoptForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        FieldProblem.rejectAll(form.problems(LocalDate.now(clock)), errors);
        // the date is all the form holds: no colleague's save to detect
        if (!FormSubmission.succeeded(
                errors, model, null, () -> lifecycle.adopt(plan, form.date().orElseThrow()))) {
            return ADOPT;
        }
        redirect.addFlashAttribute("message", "plan.lifecycle.adopted");
        return "redirect:" + plan.url();
    }

    @GetMapping("/heropenen")
    String reopenForm(Model model) {
        model.addAttribute("form", new ReopenForm(null));
        return REOPEN;
    }

    @PostMapping("/heropenen")
    String reopen(
            PlanAddress plan,
            @Valid @ModelAttribute("form") ReopenForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        // the message names the state the plan is back in
        if (!FormSubmission.succeeded(
                errors,
                model,
                null,
                () -> redirect.addFlashAttribute(
                        "message", "plan.lifecycle.reopened." + lifecycle.reopen(plan, form.reden())))) {
            return REOPEN;
        }
        return "redirect:" + plan.url();
    }

    @GetMapping("/evaluatie/afsluiten")
    String confirmClose() {
        return "plan/close-evaluation";
    }

    @PostMapping("/evaluatie/afsluiten")
    String closeEvaluation(PlanAddress plan, RedirectAttributes redirect) {
        lifecycle.closeEvaluation(plan, LocalDate.now(clock));
        redirect.addFlashAttribute("message", "evaluation.close.done");
        return "redirect:" + plan.url();
    }
}
