package nl.ivbplanner.report;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import nl.ivbplanner.evaluation.LegendEntry;
import nl.ivbplanner.evaluation.LegendQueries;
import nl.ivbplanner.plan.PlanAddress;
import nl.ivbplanner.plan.PlanDecided;
import nl.ivbplanner.plan.PlanHeader;
import nl.ivbplanner.plan.PlanHeaderQueries;
import nl.ivbplanner.publication.Audience;
import nl.ivbplanner.publication.DocumentType;
import nl.ivbplanner.publication.NewPublication;
import nl.ivbplanner.publication.PublicationService;
import nl.ivbplanner.publication.StoredVersion;
import nl.ivbplanner.publication.VersionAddress;
import nl.ivbplanner.security.MunicipalityAccess;
import nl.ivbplanner.security.Permission;
import nl.ivbplanner.security.SignedInUser;
import nl.ivbplanner.web.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Publishes a plan's documents when the college adopts it and when its evaluation is closed: its report, and the
 * yearly verantwoording (the evaluation of year N with the plan of N+1) when the evaluation of N is closed and again
 * when the plan of N+1 is adopted. Each is rendered once, in Dutch, in the request that takes the decision, and stored
 * as HTML, PDF and Word: for anyone without the sections marked 'niet openbaar', and for the council with them when
 * there are any. A plan that became adopted or evaluated without the application (the seeds) is published the first
 * time someone reads it, by 'systeem'.
 */
@Component
class ReportPublisher {

    /** A published document is the municipality's, in Dutch, whatever language the manager's screens are in. */
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final ReportService reports;
    private final ReportRenderer renderer;
    private final PlanHeaderQueries headers;
    private final LegendQueries legends;
    private final PublicationService publications;
    private final MunicipalityAccess access;
    private final MessageSource messages;

    ReportPublisher(
            ReportService reports,
            ReportRenderer renderer,
            PlanHeaderQueries headers,
            LegendQueries legends,
            PublicationService publications,
            MunicipalityAccess access,
            MessageSource messages) {
        this.reports = reports;
        this.renderer = renderer;
        this.headers = headers;
        this.legends = legends;
        this.publications = publications;
        this.access = access;
        this.messages = messages;
    }

    /** Runs in the decision's transaction: when publishing fails, the decision is not taken either. */
    @EventListener
    void publish(PlanDecided decided) {
        PlanHeader header = headers.find(decided.address()).orElseThrow();
        SignedInUser user = access.currentUser();
        Publisher by = new Publisher(user.displayName(), user.id());
        // the plan's row is locked by the decision, so no other version can take these numbers
        publish(header, DocumentType.REPORT, by).orElseThrow(() -> taken(header));
        Optional<PlanHeader> evaluated = header.state().isEvaluated()
                ? Optional.of(header)
                : headers.find(previous(header.address())).filter(h -> h.state().isEvaluated());
        evaluated.ifPresent(plan -> {
            publications.lockPlan(plan.planId());
            publish(plan, DocumentType.VERANTWOORDING, by).orElseThrow(() -> taken(plan));
        });
    }

    /**
     * The current version of a plan's document that anyone may read: published by the municipality, and not a
     * concept (a verantwoording: evaluated).
     */
    @Transactional
    StoredVersion published(PlanAddress address, DocumentType document) {
        return current(
                headers.find(address)
                        .filter(h -> h.publishPublicly() && has(h, document))
                        .orElseThrow(NotFoundException::new),
                document,
                Audience.PUBLIC);
    }

    /**
     * What a signed-in reader reads as a plan's document: a council member the current version of an adopted or
     * evaluated plan, in the council's rendering; the municipality's staff, and anyone reading a concept, the plan as
     * it is now (the live document made of the plan's header).
     */
    @Transactional
    <T> SignedIn<T> forSignedIn(PlanAddress address, DocumentType document, Function<PlanHeader, T> live) {
        PlanHeader header = headers.readable(address);
        if (header.state().isConcept() || access.may(Permission.VIEW_CONCEPTS, header.municipalityId())) {
            return new SignedIn<>(null, live.apply(header));
        }
        if (!has(header, document)) {
            throw new NotFoundException();
        }
        return new SignedIn<>(current(header, document, Audience.COUNCIL), null);
    }

    /** Either the published version or the live document. */
    record SignedIn<T>(StoredVersion published, T live) {}

    /** A concept has no published document; only an evaluated plan has a verantwoording. */
    private static boolean has(PlanHeader header, DocumentType document) {
        return document == DocumentType.REPORT
                ? !header.state().isConcept()
                : header.state().isEvaluated();
    }

    private StoredVersion current(PlanHeader header, DocumentType document, Audience audience) {
        return publications
                .current(header.planId(), document, header.state(), audience)
                .orElseGet(() -> {
                    // one first reader renders; the others wait for its commit and read what it published
                    publications.lockPlan(header.planId());
                    return publications
                            .current(header.planId(), document, header.state(), audience)
                            .or(() -> publish(header, document, Publisher.SYSTEM)
                                    .flatMap(published ->
                                            publications.current(header.planId(), document, header.state(), audience)))
                            .orElseThrow();
                });
    }

    /** Renders and stores the next version of the document, for anyone and, where it withholds sections, the council. */
    private Optional<StoredVersion> publish(PlanHeader header, DocumentType document, Publisher by) {
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

    private static PlanAddress previous(PlanAddress address) {
        return new PlanAddress(address.municipality(), address.framework(), address.year() - 1);
    }

    private static IllegalStateException taken(PlanHeader header) {
        return new IllegalStateException("Version of plan " + header.planId() + " taken");
    }

    /** A document to render: its template, its model, and whether anyone's rendering leaves out sections. */
    private record Document(String template, Object model, boolean withheld) {}

    /** Who publishes: the user who took the decision, or 'systeem' for a seeded plan's first read. */
    private record Publisher(String name, Long userId) {
        static final Publisher SYSTEM = new Publisher(NewPublication.SYSTEM, null);
    }
}
