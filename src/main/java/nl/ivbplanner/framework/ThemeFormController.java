package nl.ivbplanner.framework;

import jakarta.validation.Valid;
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

/** Adding a theme or sub-theme to a framework, and editing one. */
@Controller
@RequestMapping(ThemesController.THEMES)
class ThemeFormController {

    private static final String FORM = "framework/theme-form";

    private final ThemeEditService themes;

    ThemeFormController(ThemeEditService themes) {
        this.themes = themes;
    }

    /** Also present when a failed save shows the form again. */
    @ModelAttribute
    void choices(@PathVariable String municipality, @PathVariable String framework, Model model) {
        model.addAttribute("choices", themes.choices(municipality, framework));
        String frameworkUrl = "/gemeenten/" + municipality + "/kaders/" + framework;
        model.addAttribute("frameworkUrl", frameworkUrl);
        model.addAttribute("themesUrl", frameworkUrl + "/themas");
    }

    /** 'Subthema toevoegen' on the themes page passes the main theme as 'hoofdthema'. */
    @GetMapping("/nieuw")
    String newForm(@RequestParam(name = "hoofdthema", required = false) Long parent, Model model) {
        model.addAttribute("form", ThemeForm.empty(parent));
        return FORM;
    }

    @PostMapping("/nieuw")
    String add(@PathVariable String municipality, @PathVariable String framework,
            @Valid @ModelAttribute("form") ThemeForm form, BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return FORM;
        }
        try {
            redirect.addAttribute("id", themes.add(municipality, framework, form));
        } catch (ThemeParentException refused) {
            errors.rejectValue("parent", refused.messageKey());
            return FORM;
        }
        redirect.addFlashAttribute("message", "theme.added");
        return "redirect:" + ThemesController.THEMES + "#thema-{id}";
    }

    @GetMapping("/{id}/bewerken")
    String editForm(@PathVariable String municipality, @PathVariable String framework, @PathVariable long id,
            Model model) {
        model.addAttribute("id", id);
        model.addAttribute("form", themes.form(municipality, framework, id));
        return FORM;
    }

    @PostMapping("/{id}/bewerken")
    String save(@PathVariable String municipality, @PathVariable String framework, @PathVariable long id,
            @Valid @ModelAttribute("form") ThemeForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        model.addAttribute("id", id);
        if (errors.hasErrors()) {
            return FORM;
        }
        try {
            themes.save(municipality, framework, id, form);
        } catch (StaleThemeException conflict) {
            // Keep what the user typed, show what a colleague stored, and let the next save overwrite knowingly.
            errors.reject("theme.form.concurrent-edit");
            model.addAttribute("stored", conflict.stored());
            return FORM;
        } catch (ThemeParentException refused) {
            errors.rejectValue("parent", refused.messageKey());
            return FORM;
        }
        redirect.addFlashAttribute("message", "theme.saved");
        return "redirect:" + ThemesController.THEMES + "#thema-{id}";
    }
}
