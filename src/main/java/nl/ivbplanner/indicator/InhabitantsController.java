package nl.ivbplanner.indicator;

import jakarta.validation.Valid;
import nl.ivbplanner.common.EditConflictException;
import nl.ivbplanner.web.FormSubmission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 'Inwoners per jaar': the numbers that turn a municipality's yearly counts into figures per 1.000 inwoners. */
@Controller
@RequestMapping("/gemeenten/{municipality}/inwoners")
class InhabitantsController {

    private static final String LIST = "indicator/inhabitants";
    private static final String FORM = "indicator/inhabitants-form";
    private static final String BACK = "redirect:/gemeenten/{municipality}/inwoners";

    private final InhabitantsService inhabitants;

    InhabitantsController(InhabitantsService inhabitants) {
        this.inhabitants = inhabitants;
    }

    @GetMapping
    String list(@PathVariable String municipality, Model model) {
        model.addAttribute("form", InhabitantsForm.NEW);
        return listPage(municipality, model);
    }

    @PostMapping
    String add(
            @PathVariable String municipality,
            @Valid @ModelAttribute("form") InhabitantsForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!FormSubmission.succeeded(errors, model, null, () -> inhabitants.add(municipality, form))) {
            return listPage(municipality, model);
        }
        redirect.addFlashAttribute("message", "inhabitants.saved");
        return BACK;
    }

    @GetMapping("/{year}")
    String edit(@PathVariable String municipality, @PathVariable int year, Model model) {
        model.addAttribute("form", inhabitants.form(municipality, year));
        return formPage(municipality, year, model);
    }

    @PostMapping("/{year}")
    String revise(
            @PathVariable String municipality,
            @PathVariable int year,
            @Valid @ModelAttribute("form") InhabitantsForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!FormSubmission.succeeded(
                errors, model, "inhabitants.conflict", () -> inhabitants.revise(municipality, year, form))) {
            return formPage(municipality, year, model);
        }
        redirect.addFlashAttribute("message", "inhabitants.saved");
        return BACK;
    }

    @PostMapping("/{year}/verwijderen")
    String remove(
            @PathVariable String municipality,
            @PathVariable int year,
            @RequestParam(required = false) Long version,
            Model model,
            RedirectAttributes redirect) {
        try {
            inhabitants.remove(municipality, year, version);
        } catch (EditConflictException changed) {
            // what the colleague saved is on the form it goes back to; removing it is decided again
            redirect.addFlashAttribute("message", "inhabitants.remove.conflict");
            return BACK + "/" + year;
        }
        redirect.addFlashAttribute("message", "inhabitants.removed");
        return BACK;
    }

    private String listPage(String municipality, Model model) {
        model.addAttribute("page", inhabitants.page(municipality));
        return LIST;
    }

    private String formPage(String municipality, int year, Model model) {
        model.addAttribute("page", inhabitants.page(municipality));
        model.addAttribute("year", year);
        return FORM;
    }
}
