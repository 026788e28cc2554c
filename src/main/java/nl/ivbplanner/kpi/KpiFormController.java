package nl.ivbplanner.kpi;

import jakarta.validation.Valid;
import nl.ivbplanner.common.FieldProblem;
import nl.ivbplanner.plan.PlanAddress;
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

/** Adding, editing and removing a concept plan's KPIs. */
@Controller
@RequestMapping(KpiListController.KPIS)
class KpiFormController {

    private static final String FORM = "kpi/kpi-form";

    private static final String CONFLICT = "kpi.form.concurrent-edit";

    private final KpiService kpis;

    KpiFormController(KpiService kpis) {
        this.kpis = kpis;
    }

    @GetMapping("/nieuw")
    String newKpi(PlanAddress plan, Model model) {
        model.addAttribute("form", context(plan, null, model).stored());
        return FORM;
    }

    @PostMapping("/nieuw")
    String add(
            PlanAddress plan,
            @Valid @ModelAttribute("form") KpiForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        FieldProblem.rejectAll(context(plan, null, model).problems(form), errors);
        if (!FormSubmission.succeeded(
                errors, model, CONFLICT, () -> redirect.addAttribute("id", kpis.add(plan, form)))) {
            return FORM;
        }
        redirect.addFlashAttribute("message", "kpi.added");
        return "redirect:" + KpiListController.KPIS + "#kpi-{id}";
    }

    @GetMapping("/{id}/bewerken")
    String form(PlanAddress plan, @PathVariable long id, Model model) {
        model.addAttribute("form", context(plan, id, model).stored());
        return FORM;
    }

    @PostMapping("/{id}/bewerken")
    String save(
            PlanAddress plan,
            @PathVariable long id,
            @Valid @ModelAttribute("form") KpiForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        FieldProblem.rejectAll(context(plan, id, model).problems(form), errors);
        if (!FormSubmission.succeeded(errors, model, CONFLICT, () -> kpis.save(plan, id, form))) {
            return FORM;
        }
        redirect.addFlashAttribute("message", "kpi.saved");
        return "redirect:" + KpiListController.KPIS + "#kpi-{id}";
    }

    @GetMapping("/{id}/verwijderen")
    String confirmDelete(PlanAddress plan, @PathVariable long id, Model model) {
        model.addAttribute("form", context(plan, id, model).stored());
        return "kpi/kpi-delete";
    }

    @PostMapping("/{id}/verwijderen")
    String delete(PlanAddress plan, @PathVariable long id, RedirectAttributes redirect) {
        kpis.delete(plan, id);
        redirect.addFlashAttribute("message", "kpi.deleted");
        return "redirect:" + KpiListController.KPIS;
    }

    private KpiService.FormContext context(PlanAddress plan, Long id, Model model) {
        KpiService.FormContext context = kpis.context(plan, id);
        model.addAttribute("context", context);
        model.addAttribute("kpiId", id);
        return context;
    }
}
