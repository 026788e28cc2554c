package nl.ivbplanner.region;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The region view of the municipalities and the shared partners; the security chain requires a signed-in user. */
@Controller
class RegionController {

    private final RegionService regions;

    RegionController(RegionService regions) {
        this.regions = regions;
    }

    @GetMapping("/regio")
    String region(Model model) {
        model.addAttribute("view", regions.regionView());
        return "region/region";
    }

    @GetMapping("/regio/partners/{key}")
    String partner(@PathVariable String key, Model model) {
        model.addAttribute("view", regions.partnerView(key));
        return "region/partner";
    }
}
