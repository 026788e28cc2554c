package nl.ivbplanner.plan;

import jakarta.validation.Valid;
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
@RequestMapping("/gemeenten/{municipality}/activiteiten/{id}/partners")
class ActivityPartnersController {

    private static final String PAGE = "plan/activity-partners";

    private final ActivityPartnersService partners;

    ActivityPartnersController(ActivityPartnersService partners) {
        this.partners = partners;
    }

    @GetMapping
    String page(@PathVariable String municipality, @PathVariable long id, Model model) {
        model.addAttribute("form", PartnerLinkForm.empty());
        return show(municipality, id, model);
    }

    @PostMapping
    String add(@PathVariable String municipality, @PathVariable long id, @Valid @ModelAttribute("form") PartnerLinkForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return show(municipality, id, model);
        }
        try {
            partners.add(municipality, id, form);
        } catch (PartnerLinkRejectedException rejected) {
            errors.rejectValue(rejected.field(), rejected.messageKey(), rejected.arguments(), null);
            return show(municipality, id, model);
        }
        redirect.addFlashAttribute("message", "partners.added");
        return "redirect:/gemeenten/{municipality}/activiteiten/{id}/partners";
    }

    @PostMapping("/{link}/verwijderen")
    String remove(@PathVariable String municipality, @PathVariable long id, @PathVariable long link, RedirectAttributes redirect) {
        partners.remove(municipality, id, link);
        redirect.addFlashAttribute("message", "partners.removed");
        return "redirect:/gemeenten/{municipality}/activiteiten/{id}/partners";
    }

    @PostMapping("/{link}/omhoog")
    String up(@PathVariable String municipality, @PathVariable long id, @PathVariable long link) {
        partners.move(municipality, id, link, true);
        return "redirect:/gemeenten/{municipality}/activiteiten/{id}/partners#partij-{link}";
    }

    @PostMapping("/{link}/omlaag")
    String down(@PathVariable String municipality, @PathVariable long id, @PathVariable long link) {
        partners.move(municipality, id, link, false);
        return "redirect:/gemeenten/{municipality}/activiteiten/{id}/partners#partij-{link}";
    }

    private String show(String municipality, long id, Model model) {
        model.addAttribute("page", partners.page(municipality, id));
        model.addAttribute("municipality", municipality);
        model.addAttribute("id", id);
        return PAGE;
    }
}
