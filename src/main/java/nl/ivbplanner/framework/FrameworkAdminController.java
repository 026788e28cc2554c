package nl.ivbplanner.framework;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import nl.ivbplanner.common.FieldProblem;
import nl.ivbplanner.web.FormSubmission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Creating a concept framework, editing it, and recording the council's adoption. */
@Controller
class FrameworkAdminController {

    private static final String NEW = "/gemeenten/{municipality}/kaders/nieuw";
    private static final String EDIT = FrameworkAddress.PATH + "/bewerken";
    private static final String ADOPT = FrameworkAddress.PATH + "/vaststellen";

    private static final String FORM = "framework/framework-form";
    private static final String ADOPT_FORM = "framework/framework-adopt";

    private final FrameworkEditService frameworks;
    private final Clock clock;

    FrameworkAdminController(FrameworkEditService frameworks, Clock clock) {
        this.frameworks = frameworks;
        this.clock = clock;
    }

    @GetMapping(NEW)
    String newForm(@PathVariable String municipality, Model model) {
        model.addAttribute("form", FrameworkForm.empty());
        return newPage(municipality, model);
    }

    @PostMapping(NEW)
    String create(
            @PathVariable String municipality,
            @Valid @ModelAttribute("form") FrameworkForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        String[] created = new String[1];
        checkPeriod(form, errors);
        if (!FormSubmission.succeeded(errors, model, null, () -> created[0] = frameworks.create(municipality, form))) {
            return newPage(municipality, model);
        }
        redirect.addFlashAttribute("message", "framework.admin.created");
        return "redirect:" + new FrameworkAddress(municipality, created[0]).url();
    }

    @GetMapping(EDIT)
    String editForm(FrameworkAddress framework, Model model) {
        FrameworkEditService.EditPage page = frameworks.editPage(framework);
        model.addAttribute("form", page.form());
        return editPage(framework, page.title(), model);
    }

    @PostMapping(EDIT)
    String revise(
            FrameworkAddress framework,
            @Valid @ModelAttribute("form") FrameworkForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        String title = frameworks.editPage(framework).title();
        checkPeriod(form, errors);
        if (!FormSubmission.succeeded(
                errors, model, "framework.admin.concurrent-edit", () -> frameworks.revise(framework, form))) {
            return editPage(framework, title, model);
        }
        redirect.addFlashAttribute("message", "framework.admin.saved");
        return "redirect:" + framework.url();
    }

    @GetMapping(ADOPT)
    String adoptForm(FrameworkAddress framework, Model model) {
        FrameworkEditService.EditPage page = frameworks.adoptPage(framework);
        model.addAttribute("form", new FrameworkAdoptForm(null, page.form().version()));
        return adoptPage(framework, page.title(), model);
    }

    @PostMapping(ADOPT)
    String adopt(
            FrameworkAddress framework,
            @Valid @ModelAttribute("form") FrameworkAdoptForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        String title = frameworks.adoptPage(framework).title();
        FieldProblem.rejectAll(form.problems(LocalDate.now(clock)), errors);
        if (!FormSubmission.succeeded(
                errors,
                model,
                "framework.admin.concurrent-edit",
                () -> frameworks.adopt(framework, form.version(), form.date().orElseThrow()))) {
            return adoptPage(framework, title, model);
        }
        redirect.addFlashAttribute("message", "framework.admin.adopted");
        return "redirect:" + framework.url();
    }

    /** A period that ends before it begins, once both years are valid years. */
    private static void checkPeriod(FrameworkForm form, BindingResult errors) {
        if (!errors.hasFieldErrors("eerstejaar") && !errors.hasFieldErrors("laatstejaar")) {
            FieldProblem.rejectAll(form.problems(), errors);
        }
    }

    private String newPage(String municipality, Model model) {
        FrameworkEditService.NewFrameworkPage page = frameworks.newPage(municipality);
        model.addAttribute("municipalityName", page.municipalityName());
        model.addAttribute("earlier", page.frameworks());
        model.addAttribute("creating", true);
        model.addAttribute("municipalityUrl", "/gemeenten/" + municipality);
        model.addAttribute("action", "/gemeenten/" + municipality + "/kaders/nieuw");
        model.addAttribute("back", "/gemeenten/" + municipality);
        return FORM;
    }

    private String editPage(FrameworkAddress framework, String title, Model model) {
        model.addAttribute("frameworkTitle", title);
        model.addAttribute("creating", false);
        model.addAttribute("action", framework.url("bewerken"));
        model.addAttribute("back", framework.url());
        return FORM;
    }

    private String adoptPage(FrameworkAddress framework, String title, Model model) {
        model.addAttribute("frameworkTitle", title);
        model.addAttribute("action", framework.url("vaststellen"));
        model.addAttribute("back", framework.url());
        return ADOPT_FORM;
    }
}
