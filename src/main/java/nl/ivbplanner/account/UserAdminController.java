package nl.ivbplanner.account;

import jakarta.validation.Valid;
import java.util.List;
import nl.ivbplanner.common.EditConflictException;
import nl.ivbplanner.user.Role;
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

/** The administrators' pages of accounts: the list, a new account, and one account with its buttons. */
@Controller
@RequestMapping("/beheer/gebruikers")
class UserAdminController {

    private static final String LIST = "account/users";
    private static final String FORM = "account/user-form";
    private static final String PAGE = "account/user";
    private static final String USER = "redirect:/beheer/gebruikers/{id}";

    private final UserAdminService service;

    UserAdminController(UserAdminService service) {
        this.service = service;
    }

    @ModelAttribute("roles")
    List<Role> roles() {
        return List.of(Role.values());
    }

    @GetMapping
    String list(
            @RequestParam(name = "zoek", required = false) String text,
            @RequestParam(name = "gemeente", required = false) String municipality,
            @RequestParam(name = "rol", required = false) String role,
            Model model) {
        UserAdminService.UsersPage page = service.list(text, municipality, role);
        model.addAttribute("page", page);
        model.addAttribute("zoek", text);
        model.addAttribute("gemeente", municipality);
        model.addAttribute("rol", role);
        return LIST;
    }

    @GetMapping("/nieuw")
    String newUser(Model model) {
        UserAdminService.NewUserPage page = service.newUserPage();
        model.addAttribute("page", page);
        model.addAttribute(
                "form",
                NewUserForm.empty(
                        page.global() ? "" : page.municipalities().get(0).getSlug()));
        return FORM;
    }

    @PostMapping("/nieuw")
    String create(
            @Valid @ModelAttribute("form") NewUserForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("page", service.newUserPage());
        UserAdminService.Created[] created = new UserAdminService.Created[1];
        if (!FormSubmission.succeeded(
                errors, model, "user.form.concurrent-edit", () -> created[0] = service.create(form))) {
            return FORM;
        }
        redirect.addFlashAttribute("temporaryPassword", created[0].temporaryPassword());
        redirect.addFlashAttribute("message", "user.created");
        redirect.addAttribute("id", created[0].id());
        return USER;
    }

    @GetMapping("/{id}")
    String user(@PathVariable long id, Model model) {
        UserAdminService.UserPage page = service.page(id);
        model.addAttribute("page", page);
        if (!model.containsAttribute("roleForm")) {
            model.addAttribute(
                    "roleForm", new RoleForm(page.user().role(), page.user().version()));
        }
        if (!model.containsAttribute("detailsForm")) {
            model.addAttribute(
                    "detailsForm",
                    new DetailsForm(
                            page.user().displayName(),
                            page.user().email(),
                            page.user().version()));
        }
        if (!model.containsAttribute("actionForm")) {
            model.addAttribute("actionForm", new UserActionForm(page.user().version()));
        }
        return PAGE;
    }

    @PostMapping("/{id}/gegevens")
    String correct(
            @PathVariable long id,
            @Valid @ModelAttribute("detailsForm") DetailsForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!FormSubmission.succeeded(errors, model, "user.form.concurrent-edit", () -> service.correct(id, form))) {
            return user(id, model);
        }
        redirect.addFlashAttribute("message", "user.details.saved");
        return USER;
    }

    @PostMapping("/{id}/rol")
    String changeRole(
            @PathVariable long id,
            @Valid @ModelAttribute("roleForm") RoleForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!FormSubmission.succeeded(errors, model, "user.form.concurrent-edit", () -> service.changeRole(id, form))) {
            return user(id, model);
        }
        redirect.addFlashAttribute("message", "user.role.changed");
        return USER;
    }

    @PostMapping("/{id}/uitschakelen")
    String deactivate(
            @PathVariable long id,
            @ModelAttribute("actionForm") UserActionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return action(id, errors, model, redirect, "user.deactivated", () -> service.deactivate(id, form));
    }

    @PostMapping("/{id}/inschakelen")
    String activate(
            @PathVariable long id,
            @ModelAttribute("actionForm") UserActionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return action(id, errors, model, redirect, "user.activated", () -> service.activate(id, form));
    }

    @PostMapping("/{id}/wachtwoord-herstellen")
    String resetPassword(
            @PathVariable long id,
            @ModelAttribute("actionForm") UserActionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return action(
                id,
                errors,
                model,
                redirect,
                "user.password-reset",
                () -> redirect.addFlashAttribute("temporaryPassword", service.resetPassword(id, form)));
    }

    @PostMapping("/{id}/ontgrendelen")
    String unlock(
            @PathVariable long id,
            @ModelAttribute("actionForm") UserActionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return action(id, errors, model, redirect, "user.unlocked", () -> service.unlock(id, form));
    }

    /** A button of the user's page: done, or the page again saying that the account changed since it was shown. */
    private String action(
            long id, BindingResult errors, Model model, RedirectAttributes redirect, String done, Runnable useCase) {
        if (!errors.hasErrors()) {
            try {
                useCase.run();
                redirect.addFlashAttribute("message", done);
                return USER;
            } catch (EditConflictException conflict) {
                // shown again as the account is now, so the admin sees what changed before pressing again
            }
        }
        UserAdminService.UserPage page = service.page(id);
        model.addAttribute("actionForm", new UserActionForm(page.user().version()));
        model.addAttribute("actionConflict", true);
        return user(id, model);
    }
}
