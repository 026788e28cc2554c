package nl.ivbplanner.report;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.ivbplanner.plan.PlanAddress;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * Council reports of a plan or framework, as a page, as PDF and as Word document: below the plan or framework for signed-in readers,
 * with the same access as its page, and below {@value #PUBLISHED} for anyone where the municipality publishes. The
 * published patterns keep "2025.pdf", "2025.docx" and "2025" apart: slugs and years never contain a dot.
 */
@Controller
class ReportController {

    static final String PUBLISHED = "/openbaar/";

    private static final String FRAMEWORK = "/gemeenten/{municipality}/kaders/{framework}";
    private static final String PUBLISHED_FRAMEWORK = PUBLISHED + "{municipality}/kaders/{framework:[a-z0-9-]+}";
    private static final String PUBLISHED_PLAN = PUBLISHED_FRAMEWORK + "/plannen/{year:\\d{4}}";

    private final ReportService reports;
    private final ReportRenderer renderer;

    ReportController(ReportService reports, ReportRenderer renderer) {
        this.reports = reports;
        this.renderer = renderer;
    }

    @GetMapping({PlanAddress.PATH + "/rapport", PUBLISHED_PLAN})
    ModelAndView plan(PlanAddress plan, HttpServletRequest request) {
        return new ModelAndView("report/plan", "report", reports.plan(plan, published(request)));
    }

    @GetMapping({PlanAddress.PATH + "/rapport.pdf", PUBLISHED_PLAN + ".pdf"})
    ResponseEntity<byte[]> planPdf(PlanAddress plan, HttpServletRequest request, HttpServletResponse response) {
        PlanReport report = reports.plan(plan, published(request));
        return renderer.pdf("report/plan", report, ReportFileName.of(report.header()), request, response);
    }

    @GetMapping({PlanAddress.PATH + "/rapport.docx", PUBLISHED_PLAN + ".docx"})
    ResponseEntity<byte[]> planDocx(PlanAddress plan, HttpServletRequest request, HttpServletResponse response) {
        PlanReport report = reports.plan(plan, published(request));
        return renderer.docx("report/plan", report, ReportFileName.word(report.header()), request, response);
    }

    @GetMapping({FRAMEWORK + "/rapport", PUBLISHED_FRAMEWORK})
    ModelAndView framework(
            @PathVariable String municipality, @PathVariable String framework, HttpServletRequest request) {
        return new ModelAndView(
                "report/framework", "report", reports.framework(municipality, framework, published(request)));
    }

    @GetMapping({FRAMEWORK + "/rapport.pdf", PUBLISHED_FRAMEWORK + ".pdf"})
    ResponseEntity<byte[]> frameworkPdf(
            @PathVariable String municipality,
            @PathVariable String framework,
            HttpServletRequest request,
            HttpServletResponse response) {
        FrameworkReport report = reports.framework(municipality, framework, published(request));
        return renderer.pdf("report/framework", report, ReportFileName.of(report.header()), request, response);
    }

    @GetMapping({FRAMEWORK + "/rapport.docx", PUBLISHED_FRAMEWORK + ".docx"})
    ResponseEntity<byte[]> frameworkDocx(
            @PathVariable String municipality,
            @PathVariable String framework,
            HttpServletRequest request,
            HttpServletResponse response) {
        FrameworkReport report = reports.framework(municipality, framework, published(request));
        return renderer.docx("report/framework", report, ReportFileName.word(report.header()), request, response);
    }

    /** Whether the request came in by the address for anyone, which the security chain lets through unsigned. */
    private static boolean published(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + PUBLISHED);
    }
}
