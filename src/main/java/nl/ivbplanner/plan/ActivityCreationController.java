package nl.ivbplanner.plan;

import jakarta.validation.Valid;
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
@RequestMapping("/gemeenten/{municipality}/kaders/{framework}/plannen/{year}/activiteiten/nieuw")
class ActivityCreationController {

    private static final String FORM = "plan/new-activity";

    private final ActivityCreationService creation;

    ActivityCreationController(ActivityCreationService creation) {
        this.creation = creation;
    }

    @ModelAttribute
    void plan(@PathVariable String municipality, @PathVariable String framework, @PathVariable int year, Model model) {
        model.addAttribute("context", creation.context(municipality, framework, year));
        model.addAttribute("planUrl", "/gemeenten/" + municipality + "/kaders/" + framework + "/plannen/" + year);
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", new ActivityForm(null, null, null, null, null, null, null, 0L));
        return FORM;
    }

    @PostMapping
    String add(@PathVariable String municipality, @PathVariable String framework, @PathVariable int year,
            @Valid @ModelAttribute("form") ActivityForm form, BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return FORM;
        }
        try {
            redirect.addAttribute("id", creation.add(municipality, framework, year, form).getId());
        } catch (UnknownThemeException unknown) {
            errors.rejectValue("thema", "activity.form.theme.required");
            return FORM;
        } catch (ObjectiveRejectedException rejected) {
            errors.rejectValue("objective", rejected.messageKey());
            return FORM;
        }
        redirect.addFlashAttribute("message", "activity.form.added");
        return "redirect:/gemeenten/{municipality}/activiteiten/{id}";
    }
}
