package nl.ivbplanner.activity.web;

import jakarta.validation.Valid;
import nl.ivbplanner.activity.ActivityAddress;
import nl.ivbplanner.activity.ActivityPartnersService;
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
@RequestMapping(ActivityAddress.PATH + "/partners")
class ActivityPartnersController {

    private static final String PAGE = "activity/partners";

    private final ActivityPartnersService partners;

    ActivityPartnersController(ActivityPartnersService partners) {
        this.partners = partners;
    }

    @GetMapping
    String page(ActivityAddress activity, Model model) {
        model.addAttribute("form", PartnerLinkForm.empty());
        return show(activity, model);
    }

    @PostMapping
    String add(
            ActivityAddress activity,
            @Valid @ModelAttribute("form") PartnerLinkForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!FormSubmission.succeeded(errors, model, null, () -> partners.add(activity, form))) {
            return show(activity, model);
        }
        redirect.addFlashAttribute("message", "partners.added");
        return "redirect:" + activity.url("partners");
    }

    @PostMapping("/{link}/verwijderen")
    String remove(ActivityAddress activity, @PathVariable long link, RedirectAttributes redirect) {
        partners.remove(activity, link);
        redirect.addFlashAttribute("message", "partners.removed");
        return "redirect:" + activity.url("partners");
    }

    /** Back to the list, at the moved partner. */
    @PostMapping("/{link}/" + DirectionSegment.PATH)
    String move(ActivityAddress activity, @PathVariable long link, @PathVariable Direction direction) {
        partners.move(activity, link, direction);
        return "redirect:" + activity.url("partners") + "#partij-" + link;
    }

    private String show(ActivityAddress activity, Model model) {
        model.addAttribute("page", partners.page(activity));
        return PAGE;
    }
}
