package nl.ivbplanner.comment;

import jakarta.validation.Valid;
import nl.ivbplanner.activity.ActivityAddress;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 'Reactie plaatsen' on an activity; the thread itself is on the activity's page. */
@Controller
@RequestMapping(ActivityAddress.PATH + "/reacties/nieuw")
class CommentController {

    private static final String FORM = "comment/comment-form";

    private final CommentService comments;

    CommentController(CommentService comments) {
        this.comments = comments;
    }

    @GetMapping
    String form(ActivityAddress activity, Model model) {
        model.addAttribute("activityTitle", comments.activityTitle(activity));
        model.addAttribute("activityAddress", activity);
        model.addAttribute("form", new CommentForm(""));
        return FORM;
    }

    @PostMapping
    String add(
            ActivityAddress activity,
            @Valid @ModelAttribute("form") CommentForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            model.addAttribute("activityTitle", comments.activityTitle(activity));
            model.addAttribute("activityAddress", activity);
            return FORM;
        }
        comments.add(activity, form);
        redirect.addFlashAttribute("message", "comment.added");
        return "redirect:" + activity.url() + "#reacties";
    }
}
