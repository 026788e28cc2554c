package nl.ivbplanner.budget;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ivbplanner.common.EditConflictException;
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

    static final String PART = PlanParts.PLAN + "/{part:begroting|formatie}";

    private static final String FORM = "budget/table-form";

    private final Map<String, PlanTables> tablesByPart;

    PlanTablesController(List<PlanTables> tables) {
        this.tablesByPart = tables.stream().collect(Collectors.toMap(PlanTables::part, Function.identity()));
    }

    @GetMapping
    String page(@PathVariable String municipality, @PathVariable String framework, @PathVariable int year,
            @PathVariable String part, Model model) {
        model.addAttribute("page", tablesByPart.get(part).page(municipality, framework, year));
        model.addAttribute("planUrl", PlanParts.planUrl(municipality, framework, year));
        return "budget/" + part;
    }

    @GetMapping("/tabellen/nieuw")
    String newTable(@PathVariable String municipality, @PathVariable String framework, @PathVariable int year,
            @PathVariable String part, Model model) {
        model.addAttribute("form", context(municipality, framework, year, part, null, model).stored());
        return FORM;
    }

    @PostMapping("/tabellen/nieuw")
    String add(@PathVariable String municipality, @PathVariable String framework, @PathVariable int year,
            @PathVariable String part, @Valid @ModelAttribute("form") TableForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        context(municipality, framework, year, part, null, model);
        if (errors.hasErrors()) {
            return FORM;
        }
        redirect.addAttribute("tableId", tablesByPart.get(part).add(municipality, framework, year, form));
        redirect.addFlashAttribute("message", "parts.table.added");
        return "redirect:" + PlanParts.PLAN + "/{part}#tabel-{tableId}";
    }

    @GetMapping("/tabellen/{tableId}/bewerken")
    String renameForm(@PathVariable String municipality, @PathVariable String framework, @PathVariable int year,
            @PathVariable String part, @PathVariable long tableId, Model model) {
        model.addAttribute("form", context(municipality, framework, year, part, tableId, model).stored());
        return FORM;
    }

    @PostMapping("/tabellen/{tableId}/bewerken")
    String rename(@PathVariable String municipality, @PathVariable String framework, @PathVariable int year,
            @PathVariable String part, @PathVariable long tableId, @Valid @ModelAttribute("form") TableForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        context(municipality, framework, year, part, tableId, model);
        if (errors.hasErrors()) {
            return FORM;
        }
        try {
            tablesByPart.get(part).rename(municipality, framework, year, tableId, form);
        } catch (EditConflictException conflict) {
            errors.reject("parts.table.form.concurrent-edit");
            model.addAttribute("stored", conflict.stored());
            return FORM;
        }
        redirect.addFlashAttribute("message", "parts.table.renamed");
        return "redirect:" + PlanParts.PLAN + "/{part}#tabel-{tableId}";
    }

    @GetMapping("/tabellen/{tableId}/verwijderen")
    String confirmDelete(@PathVariable String municipality, @PathVariable String framework, @PathVariable int year,
            @PathVariable String part, @PathVariable long tableId, Model model) {
        context(municipality, framework, year, part, tableId, model);
        return "budget/table-delete";
    }

    @PostMapping("/tabellen/{tableId}/verwijderen")
    String delete(@PathVariable String municipality, @PathVariable String framework, @PathVariable int year,
            @PathVariable String part, @PathVariable long tableId, RedirectAttributes redirect) {
        tablesByPart.get(part).delete(municipality, framework, year, tableId);
        redirect.addFlashAttribute("message", "parts.table.deleted");
        return "redirect:" + PlanParts.PLAN + "/{part}";
    }

    private PlanParts.TableContext context(String municipality, String framework, int year, String part, Long tableId,
            Model model) {
        PlanParts.TableContext context = tablesByPart.get(part).context(municipality, framework, year, tableId);
        model.addAttribute("context", context);
        model.addAttribute("part", part);
        model.addAttribute("tableId", tableId);
        model.addAttribute("planUrl", PlanParts.planUrl(municipality, framework, year));
        return context;
    }
}
