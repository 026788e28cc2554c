package nl.ivbplanner.plan.web;

import jakarta.validation.Valid;
import java.util.List;
import nl.ivbplanner.common.EditConflictException;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping(PlanAddress.PATH)
class ConceptPlanController {

    private static final String RENAME = "plan/rename";
    private static final String DELETE = "plan/plan-delete";

    private final PlanLifecycleService lifecycle;

    ConceptPlanController(PlanLifecycleService lifecycle) {
        this.lifecycle = lifecycle;
    }

    @ModelAttribute
    void plan(PlanAddress plan, Model model) {
        RenameForm concept = lifecycle.stored(plan);
        model.addAttribute("concept", concept);
        model.addAttribute("planTitle", concept.titel());
    }

    @GetMapping("/titel")
    String renameForm(Model model) {
        model.addAttribute("form", model.getAttribute("concept"));
        return RENAME;
    }

    @PostMapping("/titel")
    String rename(
            PlanAddress plan,
            @Valid @ModelAttribute("form") RenameForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!FormSubmission.succeeded(
                errors, model, "plan.concept.rename.concurrent-edit", () -> lifecycle.rename(plan, form))) {
            return RENAME;
        }
        redirect.addFlashAttribute("message", "plan.concept.renamed");
        return "redirect:" + plan.url();
    }

    @GetMapping("/verwijderen")
    String confirmDelete(PlanAddress plan) {
        lifecycle.requireDeletable(plan);
        return DELETE;
    }

    /** The version the confirmation was shown for: without it, or after a colleague's change, the page asks again. */
    @PostMapping("/verwijderen")
    String delete(
            PlanAddress plan,
            @RequestParam(name = "version", required = false) Long version,
            Model model,
            RedirectAttributes redirect) {
        try {
            lifecycle.delete(plan, version);
        } catch (EditConflictException conflict) {
            model.addAttribute("changed", true);
            return DELETE;
        }
        redirect.addFlashAttribute("message", "plan.concept.deleted");
        redirect.addFlashAttribute("messageArguments", List.of(model.getAttribute("planTitle")));
        return "redirect:" + plan.frameworkUrl();
    }
}
