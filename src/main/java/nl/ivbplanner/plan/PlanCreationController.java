package nl.ivbplanner.plan;

import jakarta.validation.Valid;
import nl.ivbplanner.common.FieldProblem;
import nl.ivbplanner.common.InvalidFormException;
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

    private static final String FORM = "plan/new";

    private final PlanCreationService creation;

    PlanCreationController(PlanCreationService creation) {
        this.creation = creation;
    }

    @ModelAttribute
    void framework(@PathVariable String municipality, @PathVariable String framework, Model model) {
        model.addAttribute("frameworkTitle", creation.frameworkTitle(municipality, framework));
        model.addAttribute("frameworkUrl", "/gemeenten/" + municipality + "/kaders/" + framework);
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", new NewPlanForm(null, null, NewPlanForm.Start.VORIG_JAAR.name()));
        return FORM;
    }

    @PostMapping
    String create(@PathVariable String municipality, @PathVariable String framework,
            @Valid @ModelAttribute("form") NewPlanForm form, BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return FORM;
        }
        try {
            ExecutionPlan plan = creation.create(municipality, framework, form);
            redirect.addAttribute("year", plan.getYear());
        } catch (PlanYearTakenException taken) {
            errors.rejectValue("jaar", "plan.new.year-taken");
            return FORM;
        } catch (InvalidFormException invalid) {
            FieldProblem.rejectAll(invalid.problems(), errors);
            return FORM;
        }
        redirect.addFlashAttribute("message", "plan.new.created");
        return "redirect:/gemeenten/{municipality}/kaders/{framework}/plannen/{year}";
    }
}
