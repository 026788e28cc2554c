package nl.ivbplanner.indicator;

import jakarta.validation.Valid;
import nl.ivbplanner.web.FormSubmission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The list of standard indicators, and a municipality's page that links its KPIs to them. */
@Controller
class IndicatorController {

    private static final String LINKS = "/gemeenten/{municipality}/indicatoren";

    private final IndicatorService indicators;

    IndicatorController(IndicatorService indicators) {
        this.indicators = indicators;
    }

    @GetMapping("/indicatoren")
    String list(Model model) {
        model.addAttribute("indicators", indicators.all());
        model.addAttribute("linkable", indicators.ownLinkableMunicipality());
        return "indicator/indicators";
    }

    @GetMapping(LINKS)
    String links(@PathVariable String municipality, Model model) {
        return linkPage(municipality, model);
    }

    @PostMapping(LINKS + "/{kpi}")
    String link(
            @PathVariable String municipality,
            @PathVariable long kpi,
            @Valid @ModelAttribute("form") IndicatorLinkForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!FormSubmission.succeeded(
                errors, model, "indicator.link.conflict", () -> indicators.link(municipality, kpi, form))) {
            model.addAttribute("failedKpi", kpi);
            model.addAttribute("failedChoice", form.indicator());
            model.addAttribute("failure", errors.hasGlobalErrors() ? errors.getGlobalError() : errors.getFieldError());
            return linkPage(municipality, model);
        }
        redirect.addFlashAttribute("message", "indicator.link.saved");
        return "redirect:" + LINKS + "#kpi-" + kpi;
    }

    private String linkPage(String municipality, Model model) {
        model.addAttribute("page", indicators.linkPage(municipality));
        return "indicator/links";
    }
}
