package nl.ivbplanner.activity.web;

import jakarta.validation.Valid;
import nl.ivbplanner.activity.ActivityAddress;
import nl.ivbplanner.activity.ActivityEditService;
import nl.ivbplanner.plan.PlanAddress;
import nl.ivbplanner.web.FormSubmission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping(PlanAddress.PATH + "/activiteiten/nieuw")
class ActivityCreationController {

    private final ActivityEditService activities;

    ActivityCreationController(ActivityEditService activities) {
        this.activities = activities;
    }

    @ModelAttribute
    void plan(PlanAddress plan, Model model) {
        ActivityEditService.NewContext context = activities.newContext(plan);
        model.addAttribute("planTitle", context.planTitle());
        model.addAttribute("options", context.options());
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", new ActivityForm(null, null, null, null, null, null, null, 0L));
        return ActivityEditController.FORM;
    }

    /** The new activity's id fills the {id} of its address; the municipality's comes from this request's path. */
    @PostMapping
    String add(
            PlanAddress plan,
            @Valid @ModelAttribute("form") ActivityForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!FormSubmission.succeeded(
                errors, model, null, () -> redirect.addAttribute("id", activities.add(plan, form)))) {
            return ActivityEditController.FORM;
        }
        redirect.addFlashAttribute("message", "activity.form.added");
        return "redirect:" + ActivityAddress.PATH;
    }
}
