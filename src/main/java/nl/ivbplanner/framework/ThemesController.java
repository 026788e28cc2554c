package nl.ivbplanner.framework;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The themes page of a framework, with deleting and reordering its themes. */
@Controller
@RequestMapping(ThemesController.THEMES)
class ThemesController {

    static final String THEMES = "/gemeenten/{municipality}/kaders/{framework}/themas";

    private static final String DELETE = "framework/theme-delete";

    private final ThemeEditService themes;

    ThemesController(ThemeEditService themes) {
        this.themes = themes;
    }

    @ModelAttribute
    void urls(@PathVariable String municipality, @PathVariable String framework, Model model) {
        String frameworkUrl = "/gemeenten/" + municipality + "/kaders/" + framework;
        model.addAttribute("frameworkUrl", frameworkUrl);
        model.addAttribute("themesUrl", frameworkUrl + "/themas");
    }

    @GetMapping
    String list(@PathVariable String municipality, @PathVariable String framework, Model model) {
        model.addAttribute("page", themes.page(municipality, framework));
        return "framework/themes";
    }

    @GetMapping("/{id}/verwijderen")
    String confirmDelete(@PathVariable String municipality, @PathVariable String framework, @PathVariable long id,
            Model model) {
        model.addAttribute("id", id);
        model.addAttribute("page", themes.deletePage(municipality, framework, id));
        return DELETE;
    }

    @PostMapping("/{id}/verwijderen")
    String delete(@PathVariable String municipality, @PathVariable String framework, @PathVariable long id,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            themes.delete(municipality, framework, id);
        } catch (ThemeInUseException inUse) {
            // Someone linked the theme after the confirmation page was shown: explain instead of deleting.
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("id", id);
            model.addAttribute("page", inUse.page());
            return DELETE;
        }
        redirect.addFlashAttribute("message", "theme.deleted");
        return "redirect:" + THEMES;
    }

    @PostMapping("/{id}/omhoog")
    String up(@PathVariable String municipality, @PathVariable String framework, @PathVariable long id,
            RedirectAttributes redirect) {
        themes.move(municipality, framework, id, -1);
        return moved(redirect);
    }

    @PostMapping("/{id}/omlaag")
    String down(@PathVariable String municipality, @PathVariable String framework, @PathVariable long id,
            RedirectAttributes redirect) {
        themes.move(municipality, framework, id, 1);
        return moved(redirect);
    }

    /** Back to the moved row, so keyboard and screen-reader users keep their place in the list. */
    private static String moved(RedirectAttributes redirect) {
        redirect.addFlashAttribute("message", "item.moved");
        return "redirect:" + THEMES + "#thema-{id}";
    }
}
