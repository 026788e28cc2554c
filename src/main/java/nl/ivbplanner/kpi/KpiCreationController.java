package nl.ivbplanner.kpi;

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
@RequestMapping(KpiListController.KPIS + "/nieuw")
class KpiCreationController {

    static final String FORM = "kpi/form";

    private final KpiService kpis;

    KpiCreationController(KpiService kpis) {
        this.kpis = kpis;
    }

    @GetMapping
    String form(@PathVariable String municipality, @PathVariable String framework, @PathVariable int year,
            Model model) {
        model.addAttribute("form", context(municipality, framework, year, model).stored());
        return FORM;
    }

    @PostMapping
    String add(@PathVariable String municipality, @PathVariable String framework, @PathVariable int year,
            @Valid @ModelAttribute("form") KpiForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        KpiService.FormContext context = context(municipality, framework, year, model);
        FieldProblem.rejectAll(form.problems(context.kept(), context.themeIds(), context.objectiveOptions()), errors);
        if (errors.hasErrors()) {
            return FORM;
        }
        try {
            redirect.addAttribute("id", kpis.add(municipality, framework, year, form));
        } catch (InvalidFormException invalid) {
            FieldProblem.rejectAll(invalid.problems(), errors);
            return FORM;
        }
        redirect.addFlashAttribute("message", "kpi.added");
        return "redirect:" + KpiListController.KPIS + "#kpi-{id}";
    }

    private KpiService.FormContext context(String municipality, String framework, int year, Model model) {
        KpiService.FormContext context = kpis.context(municipality, framework, year, null);
        model.addAttribute("context", context);
        model.addAttribute("planUrl", KpiListController.planUrl(municipality, framework, year));
        return context;
    }
}
