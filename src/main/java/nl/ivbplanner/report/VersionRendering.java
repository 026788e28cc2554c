package nl.ivbplanner.report;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.ivbplanner.evaluation.LegendEntry;
import nl.ivbplanner.evaluation.LegendQueries;
import nl.ivbplanner.plan.PlanHeader;
import nl.ivbplanner.plan.PlanHeaderQueries;
import nl.ivbplanner.publication.Audience;
import nl.ivbplanner.publication.DocumentType;
import nl.ivbplanner.publication.NewPublication;
import nl.ivbplanner.publication.PublicationService;
import nl.ivbplanner.publication.StoredVersion;
import nl.ivbplanner.publication.VersionAddress;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Renders a plan's document once for a new version and stores it: in Dutch, as self-contained HTML, PDF and Word,
 * with the legend as it is now; for anyone without the sections marked 'niet openbaar', and for the council with them
 * when there are any. {@link ReportPublisher} decides when.
 */
@Component
class VersionRendering {

    /** A published document is the municipality's, in Dutch, whatever language the manager's screens are in. */
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final ReportService reports;
    private final ReportRenderer renderer;
    private final PlanHeaderQueries headers;
    private final LegendQueries legends;
    private final PublicationService publications;
    private final MessageSource messages;

    VersionRendering(
            ReportService reports,
            ReportRenderer renderer,
            PlanHeaderQueries headers,
            LegendQueries legends,
            PublicationService publications,
            MessageSource messages) {
        this.reports = reports;
        this.renderer = renderer;
        this.headers = headers;
        this.legends = legends;
        this.publications = publications;
        this.messages = messages;
    }

    /** Renders and stores the next version of the document, for anyone and, where it withholds sections, the council. */
    Optional<StoredVersion> publish(PlanHeader header, DocumentType document, Publisher by) {
        int number = publications.nextNumber(header.planId(), document);
        List<LegendEntry> legend = legends.of(header.municipalityId()).values().stream()
                .sorted(Comparator.comparing(LegendEntry::status))
                .toList();
        Document forAnyone = document(header, document, true);
        Optional<StoredVersion> published = store(header, document, number, Audience.PUBLIC, forAnyone, legend, by);
        if (published.isPresent() && forAnyone.withheld()) {
            store(header, document, number, Audience.COUNCIL, document(header, document, false), legend, by)
                    .orElseThrow(() -> taken(header));
        }
        return published;
    }

    /** The document's template and model, as published for anyone, or for the council with every section. */
    private Document document(PlanHeader header, DocumentType document, boolean forAnyone) {
        if (document == DocumentType.REPORT) {
            PlanReport report = reports.plan(header, forAnyone);
            return new Document("report/plan", report, report.withheld());
        }
        Optional<PlanHeader> following = headers.find(ReportService.next(header.address()))
                .filter(h -> !h.state().isConcept());
        Verantwoording verantwoording = reports.verantwoording(header, following, forAnyone);
        return new Document("report/verantwoording", verantwoording, verantwoording.withheld());
    }

    private Optional<StoredVersion> store(
            PlanHeader header,
            DocumentType document,
            int number,
            Audience audience,
            Document content,
            List<LegendEntry> legend,
            Publisher by) {
        // rendered within the request that takes the decision or reads first: its links resolve against it
        ServletRequestAttributes current = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
        HttpServletRequest request = current.getRequest();
        String context = request.getContextPath();
        String page = renderer.html(content.template(), content.model(), DUTCH, request, current.getResponse());
        VersionAddress version = new VersionAddress(header.address(), document, number);
        StandaloneHtml html = audience == Audience.PUBLIC
                ? StandaloneHtml.of(
                        page,
                        context,
                        context + VersionAddress.currentPublicUrl(header.address(), document),
                        context + version.publicUrl())
                : StandaloneHtml.of(
                        page,
                        context,
                        context + header.address().url(document == DocumentType.REPORT ? "rapport" : "verantwoording"),
                        context + version.signedInUrl());
        boolean report = document == DocumentType.REPORT;
        return publications.publish(new NewPublication(
                header.planId(),
                document,
                number,
                audience,
                header.state(),
                report ? (header.state().isEvaluated() ? header.evaluatedOn() : header.adoptedOn()) : null,
                report
                        ? header.title()
                        : messages.getMessage(
                                "report.verantwoording.title", new Object[] {header.year(), header.year() + 1}, DUTCH),
                html.html(),
                renderer.pdf(page, request.getRequestURL().toString()),
                renderer.docx(page, DUTCH),
                html.styleSources(),
                legend,
                by.name(),
                by.userId()));
    }

    private static IllegalStateException taken(PlanHeader header) {
        return new IllegalStateException("Version of plan " + header.planId() + " taken");
    }

    /** A document to render: its template, its model, and whether anyone's rendering leaves out sections. */
    private record Document(String template, Object model, boolean withheld) {}

    /** Who publishes: the user who took the decision, or 'systeem' for a seeded plan's first read. */
    record Publisher(String name, Long userId) {
        static final Publisher SYSTEM = new Publisher(NewPublication.SYSTEM, null);
    }
}
