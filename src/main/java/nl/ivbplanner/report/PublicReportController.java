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

/**
 * Adopted plans and frameworks for anyone, without signing in, where the municipality publishes them. The patterns
 * keep "2025.pdf" and "2025" apart: slugs and years never contain a dot.
 */
@Controller
@RequestMapping("/openbaar/{municipality}/kaders")
class PublicReportController {

    private final ReportService reports;
    private final ReportRenderer renderer;

    PublicReportController(ReportService reports, ReportRenderer renderer) {
        this.reports = reports;
        this.renderer = renderer;
    }

    @GetMapping("/{framework:[a-z0-9-]+}/plannen/{year:\\d{4}}")
    String plan(@PathVariable String municipality, @PathVariable String framework, @PathVariable int year,
            Model model) {
        model.addAttribute("report", reports.publishedPlan(municipality, framework, year));
        return "report/plan";
    }

    @GetMapping("/{framework:[a-z0-9-]+}/plannen/{year:\\d{4}}.pdf")
    ResponseEntity<byte[]> planPdf(@PathVariable String municipality, @PathVariable String framework,
            @PathVariable int year, HttpServletRequest request, HttpServletResponse response, Locale locale) {
        PlanReport report = reports.publishedPlan(municipality, framework, year);
        return renderer.pdf("report/plan", Map.of("report", report), ReportFileName.of(report.header()),
                request, response, locale);
    }

    @GetMapping("/{framework:[a-z0-9-]+}")
    String framework(@PathVariable String municipality, @PathVariable String framework, Model model) {
        model.addAttribute("report", reports.publishedFramework(municipality, framework));
        return "report/framework";
    }

    @GetMapping("/{framework:[a-z0-9-]+}.pdf")
    ResponseEntity<byte[]> frameworkPdf(@PathVariable String municipality, @PathVariable String framework,
            HttpServletRequest request, HttpServletResponse response, Locale locale) {
        FrameworkReport report = reports.publishedFramework(municipality, framework);
        return renderer.pdf("report/framework", Map.of("report", report), ReportFileName.of(report.header()),
                request, response, locale);
    }
}
