package nl.ivbplanner.report;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Function;
import nl.ivbplanner.plan.PlanAddress;
import nl.ivbplanner.plan.PlanHeader;
import nl.ivbplanner.publication.DocumentType;
import nl.ivbplanner.publication.PublishedFile;
import nl.ivbplanner.publication.PublishedFiles;
import nl.ivbplanner.publication.PublishedFiles.Reading;
import nl.ivbplanner.report.ReportPublisher.SignedIn;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

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
    private final LiveReports live;
    private final ReportPublisher publisher;
    private final PublishedFiles files;
    private final Document<PlanReport> report;
    private final Document<Verantwoording> verantwoording;

    ReportController(ReportService reports, LiveReports live, ReportPublisher publisher, PublishedFiles files) {
        this.reports = reports;
        this.live = live;
        this.publisher = publisher;
        this.files = files;
        this.report = new Document<>(
                DocumentType.REPORT,
                "report/plan",
                header -> reports.plan(header, false),
                made -> ReportFileName.of(made.header()));
        this.verantwoording = new Document<>(
                DocumentType.VERANTWOORDING,
                "report/verantwoording",
                header -> reports.verantwoording(header, false),
                made -> ReportFileName.verantwoording(made.evaluation().header()));
    }

    /** Staff read the plan as it is now; a council member reads the version that was published. */
    @GetMapping({PlanAddress.PATH + "/rapport", PlanAddress.PATH + "/rapport.pdf", PlanAddress.PATH + "/rapport.docx"})
    ResponseEntity<byte[]> plan(PlanAddress plan, HttpServletRequest request, HttpServletResponse response) {
        return signedIn(plan, report, request, response);
    }

    /** The plan's current published version, from the store: nothing is rendered on a read. */
    @GetMapping({PUBLISHED_PLAN, PUBLISHED_PLAN + ".pdf", PUBLISHED_PLAN + ".docx"})
    ResponseEntity<byte[]> publishedPlan(PlanAddress plan, HttpServletRequest request) {
        return published(plan, DocumentType.REPORT, request);
    }

    /** The yearly verantwoording: staff read it as it is now; a council member the version that was published. */
    @GetMapping({
        PlanAddress.PATH + "/verantwoording",
        PlanAddress.PATH + "/verantwoording.pdf",
        PlanAddress.PATH + "/verantwoording.docx"
    })
    ResponseEntity<byte[]> verantwoording(PlanAddress plan, HttpServletRequest request, HttpServletResponse response) {
        return signedIn(plan, verantwoording, request, response);
    }

    /** The current published verantwoording, from the store. */
    @GetMapping({
        PUBLISHED_PLAN + "/verantwoording",
        PUBLISHED_PLAN + "/verantwoording.pdf",
        PUBLISHED_PLAN + "/verantwoording.docx"
    })
    ResponseEntity<byte[]> publishedVerantwoording(PlanAddress plan, HttpServletRequest request) {
        return published(plan, DocumentType.VERANTWOORDING, request);
    }

    @GetMapping({PlanAddress.PATH + "/voortgang", PlanAddress.PATH + "/voortgang.pdf"})
    ResponseEntity<byte[]> progress(PlanAddress plan, HttpServletRequest request, HttpServletResponse response) {
        String version = live.version();
        PlanReport report = reports.progress(plan);
        return live.file(
                PublishedFile.of(request),
                version,
                () -> new LiveReports.Source("report/plan", report, ReportFileName.progress(report.header())),
                request,
                response);
    }

    @GetMapping({
        FRAMEWORK + "/rapport",
        FRAMEWORK + "/rapport.pdf",
        FRAMEWORK + "/rapport.docx",
        PUBLISHED_FRAMEWORK,
        PUBLISHED_FRAMEWORK + ".pdf",
        PUBLISHED_FRAMEWORK + ".docx"
    })
    ResponseEntity<byte[]> framework(
            @PathVariable String municipality,
            @PathVariable String framework,
            HttpServletRequest request,
            HttpServletResponse response) {
        String version = live.version();
        FrameworkReport report = reports.framework(municipality, framework, published(request));
        PublishedFile file = PublishedFile.of(request);
        String name =
                file == PublishedFile.DOCX ? ReportFileName.word(report.header()) : ReportFileName.of(report.header());
        return live.file(
                file, version, () -> new LiveReports.Source("report/framework", report, name), request, response);
    }

    /** The page, PDF or Word file, by the address's extension: the council's published one, or live for staff. */
    private <T> ResponseEntity<byte[]> signedIn(
            PlanAddress plan, Document<T> document, HttpServletRequest request, HttpServletResponse response) {
        String version = live.version();
        SignedIn<PlanHeader> read = publisher.forSignedIn(plan, document.type(), Function.identity());
        PublishedFile file = PublishedFile.of(request);
        if (read.published() != null) {
            return files.response(read.published(), file, Reading.CURRENT_SIGNED_IN, request);
        }
        return live.file(file, version, () -> document.source(read.live(), file), request, response);
    }

    private ResponseEntity<byte[]> published(PlanAddress plan, DocumentType document, HttpServletRequest request) {
        return files.response(
                publisher.published(plan, document), PublishedFile.of(request), Reading.CURRENT_PUBLIC, request);
    }

    /** A plan's document as signed-in readers get it: published, or live (its template, model and file name). */
    private record Document<T>(
            DocumentType type, String template, Function<PlanHeader, T> live, Function<T, String> pdfName) {

        /** What the live file is made from; the data is read here, after the version was taken. */
        LiveReports.Source source(PlanHeader header, PublishedFile file) {
            T report = live.apply(header);
            String pdf = pdfName.apply(report);
            return new LiveReports.Source(
                    template, report, file == PublishedFile.DOCX ? ReportFileName.wordFor(pdf) : pdf);
        }
    }

    /** Whether the request came in by the address for anyone, which the security chain lets through unsigned. */
    private static boolean published(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + PUBLISHED);
    }
}
