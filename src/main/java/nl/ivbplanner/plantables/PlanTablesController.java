package nl.ivbplanner.plantables;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
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

/** The budget and formation pages of a concept plan, and adding, renaming and removing their tables. */
@Controller
@RequestMapping(PlanTablesController.PART)
class PlanTablesController {

    static final String PART = PlanAddress.PATH + "/{part:begroting|formatie}";

    private static final String PAGE = PlanAddress.PATH + "/{part}";

    private static final String FORM = "plantables/table-form";

    private static final String CONFLICT = "parts.table.form.concurrent-edit";

    private final Map<String, PlanTablesService<?, ?>> tablesByPart;

    PlanTablesController(List<PlanTablesService<?, ?>> tables) {
        this.tablesByPart = tables.stream().collect(Collectors.toMap(PlanTablesService::part, Function.identity()));
    }

    /** The page's template is named by the tables' package and kind, e.g. {@code budget/budget-tables}. */
    @GetMapping
    String page(PlanAddress plan, @PathVariable String part, Model model) {
        model.addAttribute("page", tablesByPart.get(part).page(plan));
        model.addAttribute("part", part);
        return tablesByPart.get(part).pageTemplate();
    }

    @GetMapping("/tabellen/nieuw")
    String newTable(PlanAddress plan, @PathVariable String part, Model model) {
        model.addAttribute("form", context(plan, part, null, model).stored());
        return FORM;
    }

    @PostMapping("/tabellen/nieuw")
    String add(
            PlanAddress plan,
            @PathVariable String part,
            @Valid @ModelAttribute("form") TableForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        context(plan, part, null, model);
        if (!FormSubmission.succeeded(
                errors,
                model,
                CONFLICT,
                () -> redirect.addAttribute("tableId", tablesByPart.get(part).add(plan, form)))) {
            return FORM;
        }
        redirect.addFlashAttribute("message", "parts.table.added");
        return "redirect:" + PAGE + "#tabel-{tableId}";
    }

    @GetMapping("/tabellen/{tableId}/bewerken")
    String renameForm(PlanAddress plan, @PathVariable String part, @PathVariable long tableId, Model model) {
        model.addAttribute("form", context(plan, part, tableId, model).stored());
        return FORM;
    }

    @PostMapping("/tabellen/{tableId}/bewerken")
    String rename(
            PlanAddress plan,
            @PathVariable String part,
            @PathVariable long tableId,
            @Valid @ModelAttribute("form") TableForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        context(plan, part, tableId, model);
        if (!FormSubmission.succeeded(
                errors, model, CONFLICT, () -> tablesByPart.get(part).rename(plan, tableId, form))) {
            return FORM;
        }
        redirect.addFlashAttribute("message", "parts.table.renamed");
        return "redirect:" + PAGE + "#tabel-{tableId}";
    }

    @GetMapping("/tabellen/{tableId}/verwijderen")
    String confirmDelete(PlanAddress plan, @PathVariable String part, @PathVariable long tableId, Model model) {
        context(plan, part, tableId, model);
        return "plantables/table-delete";
    }

    @PostMapping("/tabellen/{tableId}/verwijderen")
    String delete(
            PlanAddress plan, @PathVariable String part, @PathVariable long tableId, RedirectAttributes redirect) {
        tablesByPart.get(part).delete(plan, tableId);
        redirect.addFlashAttribute("message", "parts.table.deleted");
        return "redirect:" + PAGE;
    }

    private TableContext context(PlanAddress plan, String part, Long tableId, Model model) {
        TableContext context = tablesByPart.get(part).context(plan, tableId);
        model.addAttribute("context", context);
        model.addAttribute("part", part);
        model.addAttribute("tableId", tableId);
        return context;
    }
}
