package nl.ivbplanner.overview;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import nl.ivbplanner.web.RenderedFragments;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

@Controller
class OverviewController {

    private static final String LIST = "overview/home-list :: list";

    private final OverviewService overviews;
    private final RenderedFragments fragments;

    OverviewController(OverviewService overviews, RenderedFragments fragments) {
        this.overviews = overviews;
        this.fragments = fragments;
    }

    /**
     * The municipalities the user may open. An administrator's list (every municipality, 400 and more) is the same for
     * every administrator: it is rendered once per database version, search and language; a user of one municipality
     * gets theirs rendered (one card) without the database's version.
     */
    @GetMapping("/")
    String home(
            @RequestParam(name = "zoek", required = false) String search,
            Model model,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response) {
        String list;
        if (overviews.seesAll()) {
            String version = fragments.version(); // before the municipalities are read
            String words = MunicipalityList.searchOf(search);
            list = fragments.kept(
                    version,
                    LIST,
                    words,
                    locale,
                    () -> MunicipalityList.of(overviews.visibleMunicipalities(), words)
                            .model(),
                    request,
                    response);
        } else {
            list = fragments.render(
                    LIST,
                    MunicipalityList.of(overviews.visibleMunicipalities(), search)
                            .model(),
                    locale,
                    request,
                    response);
        }
        model.addAttribute("municipalityList", list);
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
