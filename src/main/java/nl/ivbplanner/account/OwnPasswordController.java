package nl.ivbplanner.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.ivbplanner.security.SignedInSession;
import nl.ivbplanner.web.FormSubmission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every signed-in user's own password; the first page of someone signed in with a temporary password. */
@Controller
@RequestMapping("/wachtwoord")
class OwnPasswordController {

    private static final String FORM = "account/password";

    private final OwnPasswordService service;
    private final SignedInSession session;

    OwnPasswordController(OwnPasswordService service, SignedInSession session) {
        this.service = service;
        this.session = session;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", PasswordForm.empty());
        model.addAttribute("mustChange", service.mustChange());
        return FORM;
    }

    @PostMapping
    String change(
            @Valid @ModelAttribute("form") PasswordForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!FormSubmission.succeeded(errors, model, "password.form.concurrent-edit", () -> service.change(form))) {
            // the page never shows a password again: its fields are written without values
            model.addAttribute("mustChange", service.mustChange());
            return FORM;
        }
        session.passwordChanged(request, response);
        redirect.addFlashAttribute("message", "password.changed");
        return "redirect:/";
    }
}
