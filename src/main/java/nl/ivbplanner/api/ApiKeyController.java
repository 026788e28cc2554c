package nl.ivbplanner.api;

import jakarta.validation.Valid;
import java.util.concurrent.atomic.AtomicReference;
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

/**
 * Every signed-in user's page of their own API keys. A new key is shown in the answer to the form that made it, not
 * after a redirect: its secret never passes through the session (which the database keeps).
 */
@Controller
@RequestMapping("/api-sleutels")
class ApiKeyController {

    private static final String PAGE = "api/keys";

    private final ApiKeyService service;

    ApiKeyController(ApiKeyService service) {
        this.service = service;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("form", ApiKeyForm.empty());
        model.addAttribute("page", service.page());
        return PAGE;
    }

    @PostMapping
    String make(@Valid @ModelAttribute("form") ApiKeyForm form, BindingResult errors, Model model) {
        AtomicReference<String> token = new AtomicReference<>();
        if (FormSubmission.succeeded(errors, model, "apikey.form.name.required", () -> token.set(service.make(form)))) {
            model.addAttribute("newKey", token.get());
            model.addAttribute("newKeyName", form.naam().strip());
            model.addAttribute("form", ApiKeyForm.empty());
        }
        model.addAttribute("page", service.page());
        return PAGE;
    }

    @PostMapping("/{id}/intrekken")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        service.revoke(id);
        redirect.addFlashAttribute("message", "apikey.revoked");
        return "redirect:/api-sleutels";
    }
}
