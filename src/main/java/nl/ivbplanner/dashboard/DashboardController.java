package nl.ivbplanner.dashboard;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class DashboardController {

    private final DashboardService dashboards;

    DashboardController(DashboardService dashboards) {
        this.dashboards = dashboards;
    }

    @GetMapping("/gemeenten/{municipality}/kaders/{framework}/dashboard")
    String dashboard(
            @PathVariable String municipality,
            @PathVariable String framework,
            @RequestParam(name = "jaar", required = false) Integer year,
            Model model) {
        model.addAttribute("d", dashboards.dashboard(municipality, framework, year));
        return "dashboard/dashboard";
    }
}
