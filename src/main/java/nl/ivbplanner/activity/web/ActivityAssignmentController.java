package nl.ivbplanner.activity.web;

import jakarta.validation.Valid;
import nl.ivbplanner.activity.ActivityAddress;
import nl.ivbplanner.activity.ActivityAssignmentService;
import nl.ivbplanner.web.FormSubmission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 'Verantwoordelijke en termijn': who answers for an activity and by when. */
@Controller
@RequestMapping(ActivityAddress.PATH + "/toewijzen")
class ActivityAssignmentController {

    private static final String FORM = "activity/assignment";

    private final ActivityAssignmentService assignments;

    ActivityAssignmentController(ActivityAssignmentService assignments) {
        this.assignments = assignments;
    }

    @GetMapping
    String form(ActivityAddress activity, Model model) {
        ActivityAssignmentService.AssignmentPage page = assignments.page(activity);
        model.addAttribute("page", page);
        model.addAttribute("form", page.form());
        model.addAttribute("people", page.people());
        return FORM;
    }

    @PostMapping
    String save(
            ActivityAddress activity,
            @Valid @ModelAttribute("form") AssignmentForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!FormSubmission.succeeded(
                errors, model, "activity.form.concurrent-edit", () -> assignments.assign(activity, form))) {
            model.addAttribute("page", assignments.page(activity));
            model.addAttribute("people", assignments.choices(activity));
            return FORM;
        }
        redirect.addFlashAttribute("message", "activity.assignment.saved");
        return "redirect:" + activity.url();
    }
}
