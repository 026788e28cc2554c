package nl.ivbplanner.reminder;

import jakarta.validation.Valid;
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

/** 'Herinneringen': when the municipality's people are reminded of what they owe. */
@Controller
@RequestMapping("/gemeenten/{municipality}/herinneringen")
class ReminderSettingsController {

    private static final String FORM = "reminder/settings";

    private final ReminderSettingsService settings;

    ReminderSettingsController(ReminderSettingsService settings) {
        this.settings = settings;
    }

    @GetMapping
    String form(@PathVariable String municipality, Model model) {
        ReminderSettingsService.SettingsPage page = settings.page(municipality);
        model.addAttribute("page", page);
        model.addAttribute("form", page.form());
        return FORM;
    }

    @PostMapping
    String save(
            @PathVariable String municipality,
            @Valid @ModelAttribute("form") ReminderSettingsForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        ReminderSettingsService.SettingsPage page = settings.page(municipality);
        if (!FormSubmission.succeeded(
                errors, model, "reminder.settings.conflict", () -> settings.save(municipality, form))) {
            model.addAttribute("page", page);
            return FORM;
        }
        redirect.addFlashAttribute("message", "reminder.settings.saved");
        return "redirect:/gemeenten/{municipality}/herinneringen";
    }
}
