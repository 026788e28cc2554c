package nl.ivbplanner.budget;

import jakarta.validation.Valid;
import nl.ivbplanner.common.EditConflictException;
import nl.ivbplanner.common.FieldProblem;
import nl.ivbplanner.common.InvalidFormException;
import nl.ivbplanner.common.Positions.Direction;
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
@RequestMapping(CapacityLineController.CAPACITY)
class CapacityLineController {

    static final String CAPACITY = PlanParts.PLAN + "/formatie";

    private static final String FORM = "budget/capacity-line-form";

    private final CapacityLineService lines;

    CapacityLineController(CapacityLineService lines) {
        this.lines = lines;
    }

    @GetMapping("/tabellen/{tableId}/regels/nieuw")
    String newLine(@PathVariable String municipality, @PathVariable String framework, @PathVariable int year,
            @PathVariable long tableId, Model model) {
        model.addAttribute("form", show(lines.newLine(municipality, framework, year, tableId),
                "/tabellen/" + tableId + "/regels/nieuw", municipality, framework, year, model).stored());
        return FORM;
    }

    @PostMapping("/tabellen/{tableId}/regels/nieuw")
    String add(@PathVariable String municipality, @PathVariable String framework, @PathVariable int year,
            @PathVariable long tableId, @Valid @ModelAttribute("form") CapacityLineForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        CapacityLineService.LineContext context = show(lines.newLine(municipality, framework, year, tableId),
                "/tabellen/" + tableId + "/regels/nieuw", municipality, framework, year, model);
        FieldProblem.rejectAll(form.problems(context.stored()), errors);
        if (errors.hasErrors()) {
            return FORM;
        }
        try {
            redirect.addAttribute("lineId", lines.add(municipality, framework, year, tableId, form));
        } catch (InvalidFormException invalid) {
            FieldProblem.rejectAll(invalid.problems(), errors);
            return FORM;
        }
        redirect.addFlashAttribute("message", "parts.line.added");
        return "redirect:" + CAPACITY + "#regel-{lineId}";
    }

    @GetMapping("/regels/{lineId}/bewerken")
    String form(@PathVariable String municipality, @PathVariable String framework, @PathVariable int year,
            @PathVariable long lineId, Model model) {
        model.addAttribute("form", show(lines.line(municipality, framework, year, lineId),
                "/regels/" + lineId + "/bewerken", municipality, framework, year, model).stored());
        return FORM;
    }

    @PostMapping("/regels/{lineId}/bewerken")
    String save(@PathVariable String municipality, @PathVariable String framework, @PathVariable int year,
            @PathVariable long lineId, @Valid @ModelAttribute("form") CapacityLineForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        CapacityLineService.LineContext context = show(lines.line(municipality, framework, year, lineId),
                "/regels/" + lineId + "/bewerken", municipality, framework, year, model);
        FieldProblem.rejectAll(form.problems(context.stored()), errors);
        if (errors.hasErrors()) {
            return FORM;
        }
        try {
            lines.save(municipality, framework, year, lineId, form);
        } catch (EditConflictException conflict) {
            // Keep what the user typed, show what a colleague stored, and let the next save overwrite knowingly.
            errors.reject("parts.line.form.concurrent-edit");
            model.addAttribute("stored", conflict.stored());
            return FORM;
        } catch (InvalidFormException invalid) {
            FieldProblem.rejectAll(invalid.problems(), errors);
            return FORM;
        }
        redirect.addFlashAttribute("message", "parts.line.saved");
        return "redirect:" + CAPACITY + "#regel-{lineId}";
    }

    @GetMapping("/regels/{lineId}/verwijderen")
    String confirmDelete(@PathVariable String municipality, @PathVariable String framework, @PathVariable int year,
            @PathVariable long lineId, Model model) {
        CapacityLineService.LineContext context = show(lines.line(municipality, framework, year, lineId),
                "/regels/" + lineId + "/verwijderen", municipality, framework, year, model);
        model.addAttribute("lineLabel", context.stored().functie());
        return "budget/line-delete";
    }

    @PostMapping("/regels/{lineId}/verwijderen")
    String delete(@PathVariable String municipality, @PathVariable String framework, @PathVariable int year,
            @PathVariable long lineId, RedirectAttributes redirect) {
        lines.delete(municipality, framework, year, lineId);
        redirect.addFlashAttribute("message", "parts.line.deleted");
        return "redirect:" + CAPACITY;
    }

    @PostMapping("/regels/{lineId}/omhoog")
    String up(@PathVariable String municipality, @PathVariable String framework, @PathVariable int year,
            @PathVariable long lineId, RedirectAttributes redirect) {
        lines.move(municipality, framework, year, lineId, Direction.UP);
        redirect.addFlashAttribute("message", "parts.line.moved");
        return "redirect:" + CAPACITY + "#regel-{lineId}";
    }

    @PostMapping("/regels/{lineId}/omlaag")
    String down(@PathVariable String municipality, @PathVariable String framework, @PathVariable int year,
            @PathVariable long lineId, RedirectAttributes redirect) {
        lines.move(municipality, framework, year, lineId, Direction.DOWN);
        redirect.addFlashAttribute("message", "parts.line.moved");
        return "redirect:" + CAPACITY + "#regel-{lineId}";
    }

    /** Puts the form's surroundings in the model; {@code action} is the form's address below the formation page. */
    private static CapacityLineService.LineContext show(CapacityLineService.LineContext context, String action,
            String municipality, String framework, int year, Model model) {
        model.addAttribute("context", context);
        model.addAttribute("action", action);
        model.addAttribute("part", "formatie");
        model.addAttribute("planUrl", PlanParts.planUrl(municipality, framework, year));
        return context;
    }
}
