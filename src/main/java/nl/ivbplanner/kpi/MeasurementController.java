package nl.ivbplanner.kpi;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
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

/** The measurements of a KPI: adding and removing them while the plan is open for measurements. */
@Controller
@RequestMapping(MeasurementController.MEASUREMENTS)
class MeasurementController {

    static final String MEASUREMENTS = KpiListController.KPIS + "/{kpi}/metingen";

    private static final String PAGE = "kpi/measurements";

    // A measurement is only added, never edited, so no colleague's save can come in between.
    private static final String NO_CONFLICT = null;

    private final MeasurementService measurements;

    private final Clock clock;

    MeasurementController(MeasurementService measurements, Clock clock) {
        this.measurements = measurements;
        this.clock = clock;
    }

    @ModelAttribute("page")
    MeasurementService.MeasurementsPage page(PlanAddress plan, @PathVariable long kpi) {
        return measurements.page(plan, kpi);
    }

    @GetMapping
    String show(Model model) {
        model.addAttribute("form", MeasurementForm.empty());
        return PAGE;
    }

    @PostMapping
    String add(
            PlanAddress plan,
            @PathVariable long kpi,
            @ModelAttribute(name = "page", binding = false) MeasurementService.MeasurementsPage page,
            @Valid @ModelAttribute("form") MeasurementForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        FieldProblem.rejectAll(form.problems(page.kpi().getKind(), LocalDate.now(clock)), errors);
        if (!FormSubmission.succeeded(errors, model, NO_CONFLICT, () -> measurements.add(plan, kpi, form))) {
            return PAGE;
        }
        redirect.addFlashAttribute("message", "measurement.added");
        return "redirect:" + MEASUREMENTS;
    }

    @PostMapping("/{measurement}/verwijderen")
    String remove(
            PlanAddress plan, @PathVariable long kpi, @PathVariable long measurement, RedirectAttributes redirect) {
        measurements.remove(plan, kpi, measurement);
        redirect.addFlashAttribute("message", "measurement.removed");
        return "redirect:" + MEASUREMENTS;
    }
}
