package nl.ivbplanner.overview;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

@Controller
class OverviewController {

    private final OverviewService overviews;

    OverviewController(OverviewService overviews) {
        this.overviews = overviews;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("municipalities", overviews.visibleMunicipalities());
        return "overview/home";
    }

    /** Target of the municipality switcher, which works without JavaScript as a plain GET form. */
    @GetMapping("/gemeenten")
    String switchMunicipality(@RequestParam(name = "gemeente", required = false) String slug) {
        if (!StringUtils.hasText(slug)) {
            return "redirect:/";
        }
        return "redirect:"
                + UriComponentsBuilder.fromPath("/gemeenten/{slug}")
                        .buildAndExpand(slug)
                        .encode()
                        .toUriString();
    }

    @GetMapping("/gemeenten/{slug}")
    String municipality(@PathVariable String slug, Model model) {
        model.addAttribute("overview", overviews.municipalityOverview(slug));
        return "overview/municipality";
    }
}
