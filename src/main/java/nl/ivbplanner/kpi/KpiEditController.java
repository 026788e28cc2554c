package nl.ivbplanner.kpi;

import jakarta.validation.Valid;
import nl.ivbplanner.common.EditConflictException;
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
@RequestMapping(KpiListController.KPIS + "/{id}")
class KpiEditController {

    private final KpiService kpis;

    KpiEditController(KpiService kpis) {
        this.kpis = kpis;
    }

    @GetMapping("/bewerken")
    String form(@PathVariable String municipality, @PathVariable String framework, @PathVariable int year,
            @PathVariable long id, Model model) {
        model.addAttribute("form", context(municipality, framework, year, id, model).stored());
        return KpiCreationController.FORM;
    }

    @PostMapping("/bewerken")
    String save(@PathVariable String municipality, @PathVariable String framework, @PathVariable int year,
            @PathVariable long id, @Valid @ModelAttribute("form") KpiForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        KpiService.FormContext context = context(municipality, framework, year, id, model);
        FieldProblem.rejectAll(form.problems(context.kept(), context.themeIds(), context.objectiveOptions()), errors);
        if (errors.hasErrors()) {
            return KpiCreationController.FORM;
        }
        try {
            kpis.save(municipality, framework, year, id, form);
        } catch (EditConflictException conflict) {
            // Keep what the user typed, show what a colleague stored, and let the next save overwrite knowingly.
            errors.reject("kpi.form.concurrent-edit");
            model.addAttribute("stored", conflict.stored());
            return KpiCreationController.FORM;
        } catch (InvalidFormException invalid) {
            FieldProblem.rejectAll(invalid.problems(), errors);
            return KpiCreationController.FORM;
        }
        redirect.addFlashAttribute("message", "kpi.saved");
        return "redirect:" + KpiListController.KPIS + "#kpi-{id}";
    }

    @GetMapping("/verwijderen")
    String confirmDelete(@PathVariable String municipality, @PathVariable String framework, @PathVariable int year,
            @PathVariable long id, Model model) {
        model.addAttribute("form", context(municipality, framework, year, id, model).stored());
        return "kpi/delete";
    }

    @PostMapping("/verwijderen")
    String delete(@PathVariable String municipality, @PathVariable String framework, @PathVariable int year,
            @PathVariable long id, RedirectAttributes redirect) {
        kpis.delete(municipality, framework, year, id);
        redirect.addFlashAttribute("message", "kpi.deleted");
        return "redirect:" + KpiListController.KPIS;
    }

    private KpiService.FormContext context(String municipality, String framework, int year, long id, Model model) {
        KpiService.FormContext context = kpis.context(municipality, framework, year, id);
        model.addAttribute("context", context);
        model.addAttribute("kpiId", id);
        model.addAttribute("planUrl", KpiListController.planUrl(municipality, framework, year));
        return context;
    }
}
