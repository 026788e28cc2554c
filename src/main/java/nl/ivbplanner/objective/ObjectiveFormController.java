package nl.ivbplanner.objective;

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

/** Adding an objective to a concept plan under one of its framework's themes, and editing one. */
@Controller
@RequestMapping(ObjectivesController.OBJECTIVES)
class ObjectiveFormController {

    private static final String FORM = "objective/objective-form";

    private final ObjectiveService objectives;

    ObjectiveFormController(ObjectiveService objectives) {
        this.objectives = objectives;
    }

    /** Also present when a failed save shows the form again. */
    @ModelAttribute
    void choices(@PathVariable String municipality, @PathVariable String framework, @PathVariable int year, Model model) {
        model.addAttribute("choices", objectives.choices(municipality, framework, year));
        String planUrl = "/gemeenten/" + municipality + "/kaders/" + framework + "/plannen/" + year;
        model.addAttribute("planUrl", planUrl);
        model.addAttribute("objectivesUrl", planUrl + "/doelen");
    }

    @GetMapping("/nieuw")
    String newForm(Model model) {
        model.addAttribute("form", ObjectiveForm.empty());
        return FORM;
    }

    @PostMapping("/nieuw")
    String add(@PathVariable String municipality, @PathVariable String framework, @PathVariable int year,
            @Valid @ModelAttribute("form") ObjectiveForm form, BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return FORM;
        }
        try {
            redirect.addAttribute("id", objectives.add(municipality, framework, year, form));
        } catch (UnknownThemeException unknown) {
            errors.rejectValue("theme", "objective.form.theme.required");
            return FORM;
        }
        redirect.addFlashAttribute("message", "objective.added");
        return "redirect:" + ObjectivesController.OBJECTIVES + "#doel-{id}";
    }

    @GetMapping("/{id}/bewerken")
    String editForm(@PathVariable String municipality, @PathVariable String framework, @PathVariable int year,
            @PathVariable long id, Model model) {
        model.addAttribute("id", id);
        model.addAttribute("form", objectives.form(municipality, framework, year, id));
        return FORM;
    }

    @PostMapping("/{id}/bewerken")
    String save(@PathVariable String municipality, @PathVariable String framework, @PathVariable int year,
            @PathVariable long id, @Valid @ModelAttribute("form") ObjectiveForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        model.addAttribute("id", id);
        if (errors.hasErrors()) {
            return FORM;
        }
        try {
            objectives.save(municipality, framework, year, id, form);
        } catch (StaleObjectiveException conflict) {
            // Keep what the user typed, show what a colleague stored, and let the next save overwrite knowingly.
            errors.reject("objective.form.concurrent-edit");
            model.addAttribute("stored", conflict.stored());
            return FORM;
        } catch (UnknownThemeException unknown) {
            errors.rejectValue("theme", "objective.form.theme.required");
            return FORM;
        }
        redirect.addFlashAttribute("message", "objective.saved");
        return "redirect:" + ObjectivesController.OBJECTIVES + "#doel-{id}";
    }
}
