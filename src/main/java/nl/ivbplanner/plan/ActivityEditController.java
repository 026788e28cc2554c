package nl.ivbplanner.plan;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class ActivityEditController {

    private static final String FORM = "plan/activity-form";

    private final ActivityEditService activities;

    ActivityEditController(ActivityEditService activities) {
        this.activities = activities;
    }

    /** The form's links and action need the URL's municipality and activity. */
    @ModelAttribute
    void urlParts(@PathVariable String municipality, @PathVariable long id, Model model) {
        model.addAttribute("municipality", municipality);
        model.addAttribute("id", id);
    }

    @GetMapping("/gemeenten/{municipality}/activiteiten/{id}/bewerken")
    String form(@PathVariable String municipality, @PathVariable long id, Model model) {
        ActivityEditService.EditContext context = activities.context(municipality, id);
        model.addAttribute("form", context.form());
        model.addAttribute("themes", context.themes());
        model.addAttribute("objectives", context.objectives());
        return FORM;
    }

    @PostMapping("/gemeenten/{municipality}/activiteiten/{id}/bewerken")
    String save(@PathVariable String municipality, @PathVariable long id, @Valid @ModelAttribute("form") ActivityForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return formAgain(municipality, id, model);
        }
        try {
            activities.save(municipality, id, form);
        } catch (ConcurrentEditException conflict) {
            // Keep what the user typed, show what a colleague stored, and let the next save overwrite knowingly.
            errors.reject("activity.form.concurrent-edit");
            model.addAttribute("stored", conflict.stored());
            return formAgain(municipality, id, model);
        } catch (UnknownThemeException unknown) {
            errors.rejectValue("thema", "activity.form.theme.required");
            return formAgain(municipality, id, model);
        } catch (ObjectiveRejectedException rejected) {
            errors.rejectValue("objective", rejected.messageKey());
            return formAgain(municipality, id, model);
        }
        redirect.addFlashAttribute("message", "activity.form.saved");
        return "redirect:/gemeenten/{municipality}/activiteiten/{id}";
    }

    /** The user's input stays in the form; only the theme and objective choices are loaded again. */
    private String formAgain(String municipality, long id, Model model) {
        ActivityEditService.EditContext context = activities.context(municipality, id);
        model.addAttribute("themes", context.themes());
        model.addAttribute("objectives", context.objectives());
        return FORM;
    }

    @GetMapping("/gemeenten/{municipality}/activiteiten/{id}/verwijderen")
    String confirmDelete(@PathVariable String municipality, @PathVariable long id, Model model) {
        model.addAttribute("form", activities.context(municipality, id).form());
        return "plan/activity-delete";
    }

    @PostMapping("/gemeenten/{municipality}/activiteiten/{id}/omhoog")
    String moveUp(@PathVariable String municipality, @PathVariable long id) {
        return "redirect:" + activities.move(municipality, id, ActivityEditService.Direction.UP) + "?volgorde=true#activiteit-" + id;
    }

    @PostMapping("/gemeenten/{municipality}/activiteiten/{id}/omlaag")
    String moveDown(@PathVariable String municipality, @PathVariable long id) {
        return "redirect:" + activities.move(municipality, id, ActivityEditService.Direction.DOWN) + "?volgorde=true#activiteit-" + id;
    }

    @PostMapping("/gemeenten/{municipality}/activiteiten/{id}/verwijderen")
    String delete(@PathVariable String municipality, @PathVariable long id, RedirectAttributes redirect) {
        String plan = activities.delete(municipality, id);
        redirect.addFlashAttribute("message", "activity.delete.done");
        return "redirect:" + plan;
    }
}
