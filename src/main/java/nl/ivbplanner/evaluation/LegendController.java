package nl.ivbplanner.evaluation;

import jakarta.validation.Valid;
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
@RequestMapping("/gemeenten/{municipality}/legenda")
class LegendController {

    private static final String FORM = "evaluation/legend";

    private final LegendService legends;

    LegendController(LegendService legends) {
        this.legends = legends;
    }

    @ModelAttribute("municipality")
    String municipality(@PathVariable String municipality) {
        return municipality;
    }

    @GetMapping
    String form(@PathVariable String municipality, Model model) {
        LegendService.LegendPage page = legends.page(municipality);
        model.addAttribute("municipalityName", page.municipalityName());
        model.addAttribute("form", page.form());
        return FORM;
    }

    @PostMapping
    String save(
            @PathVariable String municipality,
            @Valid @ModelAttribute("form") LegendForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        LegendService.LegendPage page = legends.page(municipality);
        model.addAttribute("municipalityName", page.municipalityName());
        if (!FormSubmission.succeeded(
                errors, model, "legend.form.concurrent-edit", () -> legends.save(municipality, form))) {
            return FORM;
        }
        redirect.addFlashAttribute("message", "legend.saved");
        return "redirect:/gemeenten/{municipality}/legenda";
    }
}
