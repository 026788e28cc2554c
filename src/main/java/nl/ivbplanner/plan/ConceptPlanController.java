package nl.ivbplanner.plan;

import jakarta.validation.Valid;
import java.util.List;
import nl.ivbplanner.common.EditConflictException;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/gemeenten/{municipality}/kaders/{framework}/plannen/{year}")
class ConceptPlanController {

    private static final String RENAME = "plan/rename";
    private static final String DELETE = "plan/delete";

    private final ConceptPlanService concepts;

    ConceptPlanController(ConceptPlanService concepts) {
        this.concepts = concepts;
    }

    @ModelAttribute
    void plan(@PathVariable String municipality, @PathVariable String framework, @PathVariable int year, Model model) {
        RenameForm concept = concepts.stored(municipality, framework, year);
        model.addAttribute("concept", concept);
        model.addAttribute("planTitle", concept.titel());
        model.addAttribute("planUrl", "/gemeenten/" + municipality + "/kaders/" + framework + "/plannen/" + year);
        model.addAttribute("frameworkUrl", "/gemeenten/" + municipality + "/kaders/" + framework);
    }

    @GetMapping("/titel")
    String renameForm(Model model) {
        model.addAttribute("form", model.getAttribute("concept"));
        return RENAME;
    }

    @PostMapping("/titel")
    String rename(@PathVariable String municipality, @PathVariable String framework, @PathVariable int year,
            @Valid @ModelAttribute("form") RenameForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return RENAME;
        }
        try {
            concepts.rename(municipality, framework, year, form);
        } catch (EditConflictException conflict) {
            // Keep what the user typed, show what a colleague stored, and let the next save overwrite knowingly.
            errors.reject("plan.concept.rename.concurrent-edit");
            model.addAttribute("stored", conflict.stored());
            return RENAME;
        }
        redirect.addFlashAttribute("message", "plan.concept.renamed");
        return "redirect:/gemeenten/{municipality}/kaders/{framework}/plannen/{year}";
    }

    @GetMapping("/verwijderen")
    String confirmDelete(@PathVariable String municipality, @PathVariable String framework, @PathVariable int year) {
        String refused = concepts.refusal(municipality, framework, year);
        if (refused != null) {
            throw new PlanTransitionException(refused);
        }
        return DELETE;
    }

    /** The version the confirmation was shown for: without it, or after a colleague's change, the page asks again. */
    @PostMapping("/verwijderen")
    String delete(@PathVariable String municipality, @PathVariable String framework, @PathVariable int year,
            @RequestParam(name = "version", required = false) Long version, Model model,
            RedirectAttributes redirect) {
        try {
            concepts.delete(municipality, framework, year, version);
        } catch (EditConflictException conflict) {
            model.addAttribute("changed", true);
            return DELETE;
        }
        redirect.addFlashAttribute("message", "plan.concept.deleted");
        redirect.addFlashAttribute("messageArguments", List.of(model.getAttribute("planTitle")));
        return "redirect:/gemeenten/{municipality}/kaders/{framework}";
    }

    @ExceptionHandler(PlanTransitionException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String notAConcept(PlanTransitionException refused, Model model) {
        model.addAttribute("reason", refused.reasonKey());
        return "error/409";
    }
}
