package nl.ivbplanner.narrative;

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

/** Adding a section at a chosen place in a concept plan, and editing one. */
@Controller
@RequestMapping(SectionsController.TEXTS)
class SectionFormController {

    private static final String FORM = "narrative/section-form";

    private final NarrativeService narrative;

    SectionFormController(NarrativeService narrative) {
        this.narrative = narrative;
    }

    /** Also present when a failed save shows the form again. */
    @ModelAttribute
    void choices(@PathVariable String municipality, @PathVariable String framework, @PathVariable int year, Model model) {
        model.addAttribute("choices", narrative.choices(municipality, framework, year));
        String planUrl = "/gemeenten/" + municipality + "/kaders/" + framework + "/plannen/" + year;
        model.addAttribute("planUrl", planUrl);
        model.addAttribute("textsUrl", planUrl + "/teksten");
    }

    @GetMapping("/nieuw")
    String newForm(Model model) {
        model.addAttribute("form", SectionForm.empty());
        return FORM;
    }

    @PostMapping("/nieuw")
    String add(@PathVariable String municipality, @PathVariable String framework, @PathVariable int year,
            @Valid @ModelAttribute("form") SectionForm form, BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return FORM;
        }
        try {
            redirect.addAttribute("id", narrative.add(municipality, framework, year, form));
        } catch (InvalidChoiceException invalid) {
            errors.rejectValue(invalid.field(), invalid.messageKey());
            return FORM;
        }
        redirect.addFlashAttribute("message", "narrative.added");
        return "redirect:" + SectionsController.TEXTS + "#tekst-{id}";
    }

    @GetMapping("/{id}/bewerken")
    String editForm(@PathVariable String municipality, @PathVariable String framework, @PathVariable int year,
            @PathVariable long id, Model model) {
        model.addAttribute("id", id);
        model.addAttribute("form", narrative.form(municipality, framework, year, id));
        return FORM;
    }

    @PostMapping("/{id}/bewerken")
    String save(@PathVariable String municipality, @PathVariable String framework, @PathVariable int year,
            @PathVariable long id, @Valid @ModelAttribute("form") SectionForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        model.addAttribute("id", id);
        if (errors.hasErrors()) {
            return FORM;
        }
        try {
            narrative.save(municipality, framework, year, id, form);
        } catch (StaleSectionException conflict) {
            // Keep what the user typed, show what a colleague stored, and let the next save overwrite knowingly.
            errors.reject("narrative.form.concurrent-edit");
            model.addAttribute("stored", conflict.stored());
            return FORM;
        } catch (InvalidChoiceException invalid) {
            errors.rejectValue(invalid.field(), invalid.messageKey());
            return FORM;
        }
        redirect.addFlashAttribute("message", "narrative.saved");
        return "redirect:" + SectionsController.TEXTS + "#tekst-{id}";
    }
}
