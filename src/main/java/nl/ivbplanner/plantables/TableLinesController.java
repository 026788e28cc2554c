package nl.ivbplanner.plantables;

import jakarta.validation.Valid;
import nl.ivbplanner.common.FieldProblem;
import nl.ivbplanner.common.Positions.Direction;
import nl.ivbplanner.plan.PlanAddress;
import nl.ivbplanner.web.DirectionSegment;
import nl.ivbplanner.web.FormSubmission;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Adding, editing, ordering and removing the lines of a plan's tables of one kind. A kind's controller maps this
 * below its part of the plan ({@code .../begroting}) and names its form; the handlers bind the kind's form type.
 */
public abstract class TableLinesController<F extends LineForm> {

    private static final String CONFLICT = "parts.line.form.concurrent-edit";

    private final TableLinesService<?, ?, F, ? extends LineContext<F>> lines;
    private final String part;
    private final String formTemplate;

    /** {@code part} is the tables' part of the plan's address, {@code formTemplate} the line form's template. */
    protected TableLinesController(
            TableLinesService<?, ?, F, ? extends LineContext<F>> lines, String part, String formTemplate) {
        this.lines = lines;
        this.part = part;
        this.formTemplate = formTemplate;
    }

    @GetMapping("/tabellen/{tableId}/regels/nieuw")
    String newLine(PlanAddress plan, @PathVariable long tableId, Model model) {
        model.addAttribute(
                "form",
                show(lines.newLine(plan, tableId), "/tabellen/" + tableId + "/regels/nieuw", model)
                        .stored());
        return formTemplate;
    }

    @PostMapping("/tabellen/{tableId}/regels/nieuw")
    String add(
            PlanAddress plan,
            @PathVariable long tableId,
            @Valid @ModelAttribute("form") F form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        LineContext<F> context = show(lines.newLine(plan, tableId), "/tabellen/" + tableId + "/regels/nieuw", model);
        return submit(
                context,
                form,
                errors,
                model,
                redirect,
                "parts.line.added",
                () -> redirect.addAttribute("lineId", lines.add(plan, tableId, form)));
    }

    @GetMapping("/regels/{lineId}/bewerken")
    String form(PlanAddress plan, @PathVariable long lineId, Model model) {
        model.addAttribute(
                "form",
                show(lines.line(plan, lineId), "/regels/" + lineId + "/bewerken", model)
                        .stored());
        return formTemplate;
    }

    @PostMapping("/regels/{lineId}/bewerken")
    String save(
            PlanAddress plan,
            @PathVariable long lineId,
            @Valid @ModelAttribute("form") F form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        LineContext<F> context = show(lines.line(plan, lineId), "/regels/" + lineId + "/bewerken", model);
        return submit(context, form, errors, model, redirect, "parts.line.saved", () -> lines.save(plan, lineId, form));
    }

    /** The form's own rules first, then the use case; back to the line, or the form again with the input kept. */
    private String submit(
            LineContext<F> context,
            F form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            String doneMessage,
            Runnable useCase) {
        FieldProblem.rejectAll(context.problems(form), errors);
        if (!FormSubmission.succeeded(errors, model, CONFLICT, useCase)) {
            return formTemplate;
        }
        redirect.addFlashAttribute("message", doneMessage);
        return toLine();
    }

    @GetMapping("/regels/{lineId}/verwijderen")
    String confirmDelete(PlanAddress plan, @PathVariable long lineId, Model model) {
        model.addAttribute(
                "lineLabel",
                show(lines.line(plan, lineId), "/regels/" + lineId + "/verwijderen", model)
                        .stored()
                        .label());
        return "plantables/line-delete";
    }

    @PostMapping("/regels/{lineId}/verwijderen")
    String delete(PlanAddress plan, @PathVariable long lineId, RedirectAttributes redirect) {
        lines.delete(plan, lineId);
        redirect.addFlashAttribute("message", "parts.line.deleted");
        return "redirect:" + PlanAddress.PATH + "/" + part;
    }

    @PostMapping("/regels/{lineId}/" + DirectionSegment.PATH)
    String move(
            PlanAddress plan,
            @PathVariable long lineId,
            @PathVariable Direction direction,
            RedirectAttributes redirect) {
        lines.move(plan, lineId, direction);
        redirect.addFlashAttribute("message", "parts.line.moved");
        return toLine();
    }

    /** Back to the tables, scrolled to the line so the user sees it. */
    private String toLine() {
        return "redirect:" + PlanAddress.PATH + "/" + part + "#regel-{lineId}";
    }

    /** Puts the form's surroundings in the model; {@code action} is the form's address below the tables' page. */
    private <C extends LineContext<F>> C show(C context, String action, Model model) {
        model.addAttribute("context", context);
        model.addAttribute("action", action);
        model.addAttribute("part", part);
        return context;
    }
}
