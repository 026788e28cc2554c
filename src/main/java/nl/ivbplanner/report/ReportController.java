package nl.ivbplanner.report;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.ivbplanner.plan.PlanAddress;
import nl.ivbplanner.publication.DocumentType;
import nl.ivbplanner.publication.PublishedFile;
import nl.ivbplanner.publication.PublishedFiles;
import nl.ivbplanner.publication.PublishedFiles.Reading;
import nl.ivbplanner.report.ReportPublisher.SignedIn;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * Council reports of a plan or framework, as a page, as PDF and as Word document: below the plan or framework for
 * signed-in readers, with the same access as its page, and below {@value #PUBLISHED} for anyone where the municipality
 * publishes. An adopted or evaluated plan's report is what was published with the decision (publication), for the
 * public and the council alike. The published patterns keep "2025.pdf", "2025.docx" and "2025" apart: slugs and years
 * never contain a dot.
 */
@Controller
class ReportController {

    static final String PUBLISHED = "/openbaar/";

    private static final String FRAMEWORK = "/gemeenten/{municipality}/kaders/{framework}";
    private static final String PUBLISHED_FRAMEWORK = PUBLISHED + "{municipality}/kaders/{framework:[a-z0-9-]+}";
    private static final String PUBLISHED_PLAN = PUBLISHED_FRAMEWORK + "/plannen/{year:\\d{4}}";

    private final ReportService reports;
    private final ReportRenderer renderer;
    private final ReportPublisher publisher;
    private final PublishedFiles files;

    ReportController(ReportService reports, ReportRenderer renderer, ReportPublisher publisher, PublishedFiles files) {
        this.reports = reports;
        this.renderer = renderer;
        this.publisher = publisher;
        this.files = files;
    }

    /** Staff read the plan as it is now; a council member reads the version that was published. */
    @GetMapping(PlanAddress.PATH + "/rapport")
    ModelAndView plan(PlanAddress plan) {
        SignedIn<PlanReport> report = publisher.forSignedIn(plan, DocumentType.REPORT, h -> reports.plan(h, false));
        return report.published() != null
                ? new ModelAndView(files.view(report.published(), PublishedFile.HTML, Reading.CURRENT_SIGNED_IN))
                : new ModelAndView("report/plan", "report", report.live());
    }

    @GetMapping(PlanAddress.PATH + "/rapport.pdf")
    ResponseEntity<byte[]> planPdf(PlanAddress plan, HttpServletRequest request, HttpServletResponse response) {
        SignedIn<PlanReport> report = publisher.forSignedIn(plan, DocumentType.REPORT, h -> reports.plan(h, false));
        return report.published() != null
                ? files.response(report.published(), PublishedFile.PDF, Reading.CURRENT_SIGNED_IN, request)
                : renderer.pdf(
                        "report/plan",
                        report.live(),
                        ReportFileName.of(report.live().header()),
                        request,
                        response);
    }

    @GetMapping(PlanAddress.PATH + "/rapport.docx")
    ResponseEntity<byte[]> planDocx(PlanAddress plan, HttpServletRequest request, HttpServletResponse response) {
        SignedIn<PlanReport> report = publisher.forSignedIn(plan, DocumentType.REPORT, h -> reports.plan(h, false));
        return report.published() != null
                ? files.response(report.published(), PublishedFile.DOCX, Reading.CURRENT_SIGNED_IN, request)
                : renderer.docx(
                        "report/plan",
                        report.live(),
                        ReportFileName.word(report.live().header()),
                        request,
                        response);
    }

    /** The plan's current published version, from the store: nothing is rendered on a read. */
    @GetMapping({PUBLISHED_PLAN, PUBLISHED_PLAN + ".pdf", PUBLISHED_PLAN + ".docx"})
    ResponseEntity<byte[]> publishedPlan(PlanAddress plan, HttpServletRequest request) {
        return files.response(
                publisher.published(plan, DocumentType.REPORT),
                PublishedFile.of(request),
                Reading.CURRENT_PUBLIC,
                request);
    }

    /** The yearly verantwoording: staff read it as it is now; a council member the version that was published. */
    @GetMapping(PlanAddress.PATH + "/verantwoording")
    ModelAndView verantwoording(PlanAddress plan) {
        SignedIn<Verantwoording> report = verantwoordingFor(plan);
        return report.published() != null
                ? new ModelAndView(files.view(report.published(), PublishedFile.HTML, Reading.CURRENT_SIGNED_IN))
                : new ModelAndView("report/verantwoording", "report", report.live());
    }

    @GetMapping(PlanAddress.PATH + "/verantwoording.pdf")
    ResponseEntity<byte[]> verantwoordingPdf(
            PlanAddress plan, HttpServletRequest request, HttpServletResponse response) {
        SignedIn<Verantwoording> report = verantwoordingFor(plan);
        return report.published() != null
                ? files.response(report.published(), PublishedFile.PDF, Reading.CURRENT_SIGNED_IN, request)
                : renderer.pdf(
                        "report/verantwoording",
                        report.live(),
                        ReportFileName.verantwoording(report.live().evaluation().header()),
                        request,
                        response);
    }

    @GetMapping(PlanAddress.PATH + "/verantwoording.docx")
    ResponseEntity<byte[]> verantwoordingDocx(
            PlanAddress plan, HttpServletRequest request, HttpServletResponse response) {
        SignedIn<Verantwoording> report = verantwoordingFor(plan);
        return report.published() != null
                ? files.response(report.published(), PublishedFile.DOCX, Reading.CURRENT_SIGNED_IN, request)
                : renderer.docx(
                        "report/verantwoording",
                        report.live(),
                        ReportFileName.verantwoordingWord(
                                report.live().evaluation().header()),
                        request,
                        response);
    }

    /** The current published verantwoording, from the store. */
    @GetMapping({
        PUBLISHED_PLAN + "/verantwoording",
        PUBLISHED_PLAN + "/verantwoording.pdf",
        PUBLISHED_PLAN + "/verantwoording.docx"
    })
    ResponseEntity<byte[]> publishedVerantwoording(PlanAddress plan, HttpServletRequest request) {
        return files.response(
                publisher.published(plan, DocumentType.VERANTWOORDING),
                PublishedFile.of(request),
                Reading.CURRENT_PUBLIC,
                request);
    }

    @GetMapping(PlanAddress.PATH + "/voortgang")
    ModelAndView progress(PlanAddress plan) {
        return new ModelAndView("report/plan", "report", reports.progress(plan));
    }

    @GetMapping(PlanAddress.PATH + "/voortgang.pdf")
    ResponseEntity<byte[]> progressPdf(PlanAddress plan, HttpServletRequest request, HttpServletResponse response) {
        PlanReport report = reports.progress(plan);
        return renderer.pdf("report/plan", report, ReportFileName.progress(report.header()), request, response);
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

    private SignedIn<Verantwoording> verantwoordingFor(PlanAddress plan) {
        return publisher.forSignedIn(plan, DocumentType.VERANTWOORDING, h -> reports.verantwoording(h, false));
    }

    /** Whether the request came in by the address for anyone, which the security chain lets through unsigned. */
    private static boolean published(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + PUBLISHED);
    }
}
