package nl.ivbplanner.planimport;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.ivbplanner.common.EditConflictException;
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
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        PlanImportService.Applied applied;
        try {
            applied = imports.apply(plan, importId, fingerprint, ticked(remove), locale);
        } catch (EditConflictException changed) {
            model.addAttribute("changedSincePreview", true);
            return preview(plan, importId, locale, model);
        }
        redirect.addFlashAttribute("message", "import.applied");
        redirect.addFlashAttribute("messageArguments", List.of(applied.added(), applied.changed(), applied.removed()));
        return "redirect:" + plan.url();
    }

    /** The ticked activities; a blank value (a tampered form) ticks nothing. */
    private static Set<Long> ticked(List<Long> remove) {
        return remove == null
                ? Set.of()
                : remove.stream().filter(Objects::nonNull).collect(Collectors.toSet());
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
