package nl.ivbplanner.kpi;

import nl.ivbplanner.common.Positions.Direction;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping(KpiListController.KPIS)
class KpiListController {

    static final String KPIS = "/gemeenten/{municipality}/kaders/{framework}/plannen/{year}/kpis";

    private final KpiService kpis;

    KpiListController(KpiService kpis) {
        this.kpis = kpis;
    }

    @GetMapping
    String list(@PathVariable String municipality, @PathVariable String framework, @PathVariable int year,
            Model model) {
        model.addAttribute("list", kpis.list(municipality, framework, year));
        model.addAttribute("planUrl", planUrl(municipality, framework, year));
        return "kpi/list";
    }

    @PostMapping("/{id}/omhoog")
    String up(@PathVariable String municipality, @PathVariable String framework, @PathVariable int year,
            @PathVariable long id, RedirectAttributes redirect) {
        kpis.move(municipality, framework, year, id, Direction.UP);
        return moved(redirect);
    }

    @PostMapping("/{id}/omlaag")
    String down(@PathVariable String municipality, @PathVariable String framework, @PathVariable int year,
            @PathVariable long id, RedirectAttributes redirect) {
        kpis.move(municipality, framework, year, id, Direction.DOWN);
        return moved(redirect);
    }

    /** Back to the list, scrolled to the moved KPI so the user sees where it went. */
    private static String moved(RedirectAttributes redirect) {
        redirect.addFlashAttribute("message", "kpi.moved");
        return "redirect:" + KPIS + "#kpi-{id}";
    }

    static String planUrl(String municipality, String framework, int year) {
        return "/gemeenten/" + municipality + "/kaders/" + framework + "/plannen/" + year;
    }
}
