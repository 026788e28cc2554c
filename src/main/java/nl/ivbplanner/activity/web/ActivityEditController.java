package nl.ivbplanner.activity.web;

import jakarta.validation.Valid;
import nl.ivbplanner.activity.ActivityAddress;
import nl.ivbplanner.activity.ActivityEditService;
import nl.ivbplanner.common.Positions.Direction;
import nl.ivbplanner.web.DirectionSegment;
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

@Controller
@RequestMapping(ActivityAddress.PATH)
class ActivityEditController {

    /** One form for adding and editing an activity. */
    static final String FORM = "activity/activity-form";

    private final ActivityEditService activities;

    ActivityEditController(ActivityEditService activities) {
        this.activities = activities;
    }

    @GetMapping("/bewerken")
    String form(ActivityAddress activity, Model model) {
        ActivityEditService.EditContext context = activities.context(activity);
        model.addAttribute("form", context.form());
        model.addAttribute("options", context.options());
        return FORM;
    }

    @PostMapping("/bewerken")
    String save(
            ActivityAddress activity,
            @Valid @ModelAttribute("form") ActivityForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!FormSubmission.succeeded(
                errors, model, "activity.form.concurrent-edit", () -> activities.save(activity, form))) {
            // the user's input stays in the form; only the theme and objective choices are loaded again
            model.addAttribute("options", activities.context(activity).options());
            return FORM;
        }
        redirect.addFlashAttribute("message", "activity.form.saved");
        return "redirect:" + activity.url();
    }

    @GetMapping("/verwijderen")
    String confirmDelete(ActivityAddress activity, Model model) {
        model.addAttribute("form", activities.context(activity).form());
        return "activity/activity-delete";
    }

    /** Back to the plan page, still in reorder mode, at the moved activity. */
    @PostMapping("/" + DirectionSegment.PATH)
    String move(ActivityAddress activity, @PathVariable Direction direction) {
        return "redirect:" + activities.move(activity, direction).url() + "?volgorde=true#activiteit-" + activity.id();
    }

    @PostMapping("/verwijderen")
    String delete(ActivityAddress activity, RedirectAttributes redirect) {
        String plan = activities.delete(activity).url();
        redirect.addFlashAttribute("message", "activity.delete.done");
        return "redirect:" + plan;
    }
}
