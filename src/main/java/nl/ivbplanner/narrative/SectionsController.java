package nl.ivbplanner.narrative;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The texts page of a concept plan, with deleting and reordering its sections. */
@Controller
@RequestMapping(SectionsController.TEXTS)
class SectionsController {

    static final String TEXTS = "/gemeenten/{municipality}/kaders/{framework}/plannen/{year}/teksten";

    private final NarrativeService narrative;

    SectionsController(NarrativeService narrative) {
        this.narrative = narrative;
    }

    @ModelAttribute
    void urls(@PathVariable String municipality, @PathVariable String framework, @PathVariable int year, Model model) {
        String planUrl = "/gemeenten/" + municipality + "/kaders/" + framework + "/plannen/" + year;
        model.addAttribute("planUrl", planUrl);
        model.addAttribute("textsUrl", planUrl + "/teksten");
    }

    @GetMapping
    String list(@PathVariable String municipality, @PathVariable String framework, @PathVariable int year, Model model) {
        model.addAttribute("page", narrative.page(municipality, framework, year));
        return "narrative/sections";
    }

    @GetMapping("/{id}/verwijderen")
    String confirmDelete(@PathVariable String municipality, @PathVariable String framework, @PathVariable int year,
            @PathVariable long id, Model model) {
        model.addAttribute("id", id);
        model.addAttribute("form", narrative.form(municipality, framework, year, id));
        return "narrative/section-delete";
    }

    @PostMapping("/{id}/verwijderen")
    String delete(@PathVariable String municipality, @PathVariable String framework, @PathVariable int year,
            @PathVariable long id, RedirectAttributes redirect) {
        narrative.delete(municipality, framework, year, id);
        redirect.addFlashAttribute("message", "narrative.deleted");
        return "redirect:" + TEXTS;
    }

    @PostMapping("/{id}/omhoog")
    String up(@PathVariable String municipality, @PathVariable String framework, @PathVariable int year,
            @PathVariable long id, RedirectAttributes redirect) {
        narrative.move(municipality, framework, year, id, -1);
        return moved(redirect);
    }

    @PostMapping("/{id}/omlaag")
    String down(@PathVariable String municipality, @PathVariable String framework, @PathVariable int year,
            @PathVariable long id, RedirectAttributes redirect) {
        narrative.move(municipality, framework, year, id, 1);
        return moved(redirect);
    }

    /** Back to the moved row, so keyboard and screen-reader users keep their place in the list. */
    private static String moved(RedirectAttributes redirect) {
        redirect.addFlashAttribute("message", "item.moved");
        return "redirect:" + TEXTS + "#tekst-{id}";
    }
}
