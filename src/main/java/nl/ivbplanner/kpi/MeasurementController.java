package nl.ivbplanner.kpi;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
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
@RequestMapping("/gemeenten/{municipality}/kaders/{framework}/plannen/{year}/kpis/{kpi}/metingen")
class MeasurementController {

    private static final String PAGE = "kpi/measurements";
    private final MeasurementService measurements;

    private final Clock clock;

    MeasurementController(MeasurementService measurements, Clock clock) {
        this.measurements = measurements;
        this.clock = clock;
    }

    @ModelAttribute
    void page(@PathVariable String municipality, @PathVariable String framework, @PathVariable int year,
            @PathVariable long kpi, Model model) {
        model.addAttribute("page", measurements.page(municipality, framework, year, kpi));
        model.addAttribute("planUrl", "/gemeenten/" + municipality + "/kaders/" + framework + "/plannen/" + year);
    }

    @GetMapping
    String show(Model model) {
        model.addAttribute("form", MeasurementForm.empty());
        return PAGE;
    }

    @PostMapping
    String add(@PathVariable String municipality, @PathVariable String framework, @PathVariable int year,
            @PathVariable long kpi, @Valid @ModelAttribute("form") MeasurementForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        MeasurementService.MeasurementsPage page = (MeasurementService.MeasurementsPage) model.getAttribute("page");
        FieldProblem.rejectAll(form.problems(page.kpi().getKind(), LocalDate.now(clock)), errors);
        if (!errors.hasErrors()) {
            try {
                measurements.add(municipality, framework, year, kpi, form);
                redirect.addFlashAttribute("message", "measurement.added");
                return "redirect:/gemeenten/{municipality}/kaders/{framework}/plannen/{year}/kpis/{kpi}/metingen";
            } catch (InvalidFormException invalid) {
                FieldProblem.rejectAll(invalid.problems(), errors);
            }
        }
        return PAGE;
    }

    @PostMapping("/{measurement}/verwijderen")
    String remove(@PathVariable String municipality, @PathVariable String framework, @PathVariable int year,
            @PathVariable long kpi, @PathVariable long measurement, RedirectAttributes redirect) {
        measurements.remove(municipality, framework, year, kpi, measurement);
        redirect.addFlashAttribute("message", "measurement.removed");
        return "redirect:/gemeenten/{municipality}/kaders/{framework}/plannen/{year}/kpis/{kpi}/metingen";
    }
}
