package nl.ivbplanner.report;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** Council reports of a plan or framework for signed-in readers, with the same access as the plan page. */
@Controller
@RequestMapping("/gemeenten/{municipality}/kaders/{framework}")
class ReportController {

    private final ReportService reports;
    private final ReportRenderer renderer;

    ReportController(ReportService reports, ReportRenderer renderer) {
        this.reports = reports;
        this.renderer = renderer;
    }

    @GetMapping("/plannen/{year}/rapport")
    String plan(@PathVariable String municipality, @PathVariable String framework, @PathVariable int year,
            Model model) {
        model.addAttribute("report", reports.plan(municipality, framework, year));
        return "report/plan";
    }

    @GetMapping("/plannen/{year}/rapport.pdf")
    ResponseEntity<byte[]> planPdf(@PathVariable String municipality, @PathVariable String framework,
            @PathVariable int year, HttpServletRequest request, HttpServletResponse response, Locale locale) {
        PlanReport report = reports.plan(municipality, framework, year);
        return renderer.pdf("report/plan", Map.of("report", report), ReportFileName.of(report.header()),
                request, response, locale);
    }

    @GetMapping("/rapport")
    String framework(@PathVariable String municipality, @PathVariable String framework, Model model) {
        model.addAttribute("report", reports.framework(municipality, framework));
        return "report/framework";
    }

    @GetMapping("/rapport.pdf")
    ResponseEntity<byte[]> frameworkPdf(@PathVariable String municipality, @PathVariable String framework,
            HttpServletRequest request, HttpServletResponse response, Locale locale) {
        FrameworkReport report = reports.framework(municipality, framework);
        return renderer.pdf("report/framework", Map.of("report", report), ReportFileName.of(report.header()),
                request, response, locale);
    }
}
