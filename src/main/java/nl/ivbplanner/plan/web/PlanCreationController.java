package nl.ivbplanner.plan.web;

import jakarta.validation.Valid;
import nl.ivbplanner.framework.FrameworkAddress;
import nl.ivbplanner.plan.PlanAddress;
import nl.ivbplanner.plan.PlanCreationService;
import nl.ivbplanner.web.FormSubmission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/gemeenten/{municipality}/kaders/{framework}/plannen/nieuw")
class PlanCreationController {

    private static final String FORM = "plan/plan-form";

    private final PlanCreationService creation;

    PlanCreationController(PlanCreationService creation) {
        this.creation = creation;
    }

    @ModelAttribute
    void framework(@PathVariable String municipality, @PathVariable String framework, Model model) {
        model.addAttribute("frameworkTitle", creation.frameworkTitle(municipality, framework));
        model.addAttribute("frameworkUrl", new FrameworkAddress(municipality, framework).url());
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", new NewPlanForm(null, null, NewPlanForm.Start.VORIG_JAAR.name()));
        return FORM;
    }

    @PostMapping
    String create(
            @PathVariable String municipality,
            @PathVariable String framework,
            @Valid @ModelAttribute("form") NewPlanForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!FormSubmission.succeeded(errors, model, null, () -> creation.create(municipality, framework, form))) {
            return FORM;
        }
        redirect.addFlashAttribute("message", "plan.new.created");
        return "redirect:" + new PlanAddress(municipality, framework, form.year()).url();
    }
}
