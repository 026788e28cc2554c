package nl.ivbplanner.kpi;

import jakarta.validation.Valid;
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

/** 'Verantwoordelijke voor de metingen': who is reminded when a KPI's measurement is due. */
@Controller
@RequestMapping(KpiAssignmentController.ASSIGNMENT)
class KpiAssignmentController {

    static final String ASSIGNMENT = KpiListController.KPIS + "/{kpi}/verantwoordelijke";

    private static final String FORM = "kpi/assignment";

    private final KpiAssignmentService assignments;

    KpiAssignmentController(KpiAssignmentService assignments) {
        this.assignments = assignments;
    }

    @ModelAttribute("page")
    KpiAssignmentService.AssignmentPage page(PlanAddress plan, @PathVariable long kpi) {
        return assignments.page(plan, kpi);
    }

    @GetMapping
    String form(PlanAddress plan, @PathVariable long kpi, Model model) {
        model.addAttribute("form", assignments.form(plan, kpi));
        return FORM;
    }

    @PostMapping
    String save(
            PlanAddress plan,
            @PathVariable long kpi,
            @Valid @ModelAttribute("form") KpiAssignmentForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!FormSubmission.succeeded(
                errors, model, "activity.form.concurrent-edit", () -> assignments.assign(plan, kpi, form))) {
            return FORM;
        }
        redirect.addFlashAttribute("message", "kpi.assignment.saved");
        return "redirect:" + MeasurementController.MEASUREMENTS;
    }
}
