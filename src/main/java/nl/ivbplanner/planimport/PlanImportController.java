package nl.ivbplanner.planimport;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.ivbplanner.common.EditConflictException;
import nl.ivbplanner.plan.PlanAddress;
import nl.ivbplanner.web.FormSubmission;
import nl.ivbplanner.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Import of a workbook or document into a concept plan: upload, preview, confirm. */
@Controller
@RequestMapping(PlanAddress.PATH + "/import")
class PlanImportController {

    private static final String UPLOAD = "planimport/upload";
    private static final String PREVIEW = "planimport/preview";

    private final PlanImportService imports;

    PlanImportController(PlanImportService imports) {
        this.imports = imports;
    }

    @GetMapping
    String uploadForm(PlanAddress plan, Model model) {
        model.addAttribute("form", new UploadForm(null));
        return upload(plan, model);
    }

    @PostMapping
    String upload(PlanAddress plan, @ModelAttribute("form") UploadForm form, BindingResult errors, Model model) {
        long[] id = new long[1];
        if (!FormSubmission.succeeded(
                errors,
                model,
                "import.file.unreadable",
                () -> id[0] = imports.upload(plan, name(form), size(form), form.bestand()))) {
            return upload(plan, model);
        }
        return "redirect:" + plan.url("import/" + id[0]);
    }

    @GetMapping("/{importId}")
    String preview(PlanAddress plan, @PathVariable long importId, Locale locale, Model model) {
        model.addAttribute("page", imports.preview(plan, importId, locale));
        model.addAttribute("importId", importId);
        return PREVIEW;
    }

    /** Applies the preview; a plan changed since it was shown gets the new preview and a message instead. */
    @PostMapping("/{importId}")
    String apply(
            PlanAddress plan,
            @PathVariable long importId,
            @RequestParam(name = "vingerafdruk", defaultValue = "") String fingerprint,
            @RequestParam(name = "verwijderen", required = false) List<Long> remove,
            @RequestParam MultiValueMap<String, String> parameters,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        PlanImportService.Applied applied;
        try {
            applied = imports.apply(plan, importId, fingerprint, ticked(remove, parameters), locale);
        } catch (EditConflictException changed) {
            model.addAttribute("changedSincePreview", true);
            return preview(plan, importId, locale, model);
        }
        redirect.addFlashAttribute("message", "import.applied");
        redirect.addFlashAttribute("messageArguments", List.of(applied.added(), applied.changed(), applied.removed()));
        return "redirect:" + plan.url();
    }

    /**
     * The ticked activities, and the ticked rows of the other sheets (fields {@code verwijderen-<code>}); a blank
     * value (a tampered form) ticks nothing, a value that is no number is a row that does not exist.
     */
    private static PlanImportService.Ticked ticked(List<Long> remove, MultiValueMap<String, String> parameters) {
        Map<String, Set<Long>> rows = new HashMap<>();
        parameters.forEach((name, values) -> {
            if (name.startsWith(SheetChanges.REMOVE_FIELD_PREFIX)) {
                rows.put(name.substring(SheetChanges.REMOVE_FIELD_PREFIX.length()), ids(values));
            }
        });
        Set<Long> activities = remove == null
                ? Set.of()
                : remove.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        return new PlanImportService.Ticked(activities, rows);
    }

    private static Set<Long> ids(List<String> values) {
        try {
            return values.stream()
                    .filter(value -> !value.isBlank())
                    .map(value -> Long.valueOf(value.strip()))
                    .collect(Collectors.toSet());
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
    }

    private String upload(PlanAddress plan, Model model) {
        model.addAttribute("page", imports.uploadPage(plan));
        return UPLOAD;
    }

    private static String name(UploadForm form) {
        return form.bestand() == null ? null : form.bestand().getOriginalFilename();
    }

    private static long size(UploadForm form) {
        return form.bestand() == null ? 0 : form.bestand().getSize();
    }
}
