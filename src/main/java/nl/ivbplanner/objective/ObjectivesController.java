package nl.ivbplanner.objective;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The objectives page of a concept plan, with deleting and reordering its goals. */
@Controller
@RequestMapping(ObjectivesController.OBJECTIVES)
class ObjectivesController {

    static final String OBJECTIVES = "/gemeenten/{municipality}/kaders/{framework}/plannen/{year}/doelen";

    private final ObjectiveService objectives;

    ObjectivesController(ObjectiveService objectives) {
        this.objectives = objectives;
    }

    @ModelAttribute
    void urls(@PathVariable String municipality, @PathVariable String framework, @PathVariable int year, Model model) {
        String planUrl = "/gemeenten/" + municipality + "/kaders/" + framework + "/plannen/" + year;
        model.addAttribute("planUrl", planUrl);
        model.addAttribute("objectivesUrl", planUrl + "/doelen");
    }

    @GetMapping
    String list(@PathVariable String municipality, @PathVariable String framework, @PathVariable int year, Model model) {
        model.addAttribute("page", objectives.page(municipality, framework, year));
        return "objective/objectives";
    }

    @GetMapping("/{id}/verwijderen")
    String confirmDelete(@PathVariable String municipality, @PathVariable String framework, @PathVariable int year,
            @PathVariable long id, Model model) {
        model.addAttribute("id", id);
        model.addAttribute("page", objectives.deletePage(municipality, framework, year, id));
        return "objective/objective-delete";
    }

    @PostMapping("/{id}/verwijderen")
    String delete(@PathVariable String municipality, @PathVariable String framework, @PathVariable int year,
            @PathVariable long id, RedirectAttributes redirect) {
        objectives.delete(municipality, framework, year, id);
        redirect.addFlashAttribute("message", "objective.deleted");
        return "redirect:" + OBJECTIVES;
    }

    @PostMapping("/{id}/omhoog")
    String up(@PathVariable String municipality, @PathVariable String framework, @PathVariable int year,
            @PathVariable long id, RedirectAttributes redirect) {
        objectives.move(municipality, framework, year, id, -1);
        return moved(redirect);
    }

    @PostMapping("/{id}/omlaag")
    String down(@PathVariable String municipality, @PathVariable String framework, @PathVariable int year,
            @PathVariable long id, RedirectAttributes redirect) {
        objectives.move(municipality, framework, year, id, 1);
        return moved(redirect);
    }

    /** Back to the moved row, so keyboard and screen-reader users keep their place in the list. */
    private static String moved(RedirectAttributes redirect) {
        redirect.addFlashAttribute("message", "item.moved");
        return "redirect:" + OBJECTIVES + "#doel-{id}";
    }
}
