package nl.ivbplanner.report;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.ivbplanner.evaluation.LegendEntry;
import nl.ivbplanner.evaluation.LegendQueries;
import nl.ivbplanner.plan.PlanAddress;
import nl.ivbplanner.plan.PlanDecided;
import nl.ivbplanner.plan.PlanHeader;
import nl.ivbplanner.plan.PlanHeaderQueries;
import nl.ivbplanner.publication.NewPublication;
import nl.ivbplanner.publication.PublicationService;
import nl.ivbplanner.publication.StoredVersion;
import nl.ivbplanner.publication.VersionAddress;
import nl.ivbplanner.security.MunicipalityAccess;
import nl.ivbplanner.security.Permission;
import nl.ivbplanner.security.SignedInUser;
import nl.ivbplanner.web.NotFoundException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Publishes a plan's report when the college adopts it and when its evaluation is closed: the public report, in Dutch,
 * rendered once in the request that takes the decision and stored as HTML and PDF. A plan that became adopted or
 * evaluated without the application (the seeds) is published the first time someone reads it, by 'systeem'.
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

    ReportPublisher(
            ReportService reports,
            ReportRenderer renderer,
            PlanHeaderQueries headers,
            LegendQueries legends,
            PublicationService publications,
            MunicipalityAccess access) {
        this.reports = reports;
        this.renderer = renderer;
        this.headers = headers;
        this.legends = legends;
        this.publications = publications;
        this.access = access;
    }

    /** Runs in the decision's transaction: when publishing fails, the decision is not taken either. */
    @EventListener
    void publish(PlanDecided decided) {
        PlanHeader header = headers.find(decided.address()).orElseThrow();
        SignedInUser user = access.currentUser();
        // the plan's row is locked by the decision, so no other version can take this number
        publish(header, user.displayName(), user.id())
                .orElseThrow(() -> new IllegalStateException("Version of plan " + header.planId() + " taken"));
    }

    /** The current version of a plan that anyone may read: published by the municipality and not a concept. */
    @Transactional
    StoredVersion published(PlanAddress address) {
        return current(headers.find(address)
                .filter(h -> h.publishPublicly() && !h.state().isConcept())
                .orElseThrow(NotFoundException::new));
    }

    /**
     * What a signed-in reader reads as a plan's report: a council member the current version of an adopted or
     * evaluated plan; the municipality's staff, and anyone reading a concept, the plan as it is now.
     */
    @Transactional
    SignedInReport forSignedIn(PlanAddress address) {
        PlanHeader header = headers.readable(address);
        if (header.state().isConcept() || access.may(Permission.VIEW_CONCEPTS, header.municipalityId())) {
            return new SignedInReport(null, reports.plan(header, false));
        }
        return new SignedInReport(current(header), null);
    }

    /** Either the published version or the live report. */
    record SignedInReport(StoredVersion published, PlanReport live) {}

    private StoredVersion current(PlanHeader header) {
        return publications.current(header.planId(), header.state()).orElseGet(() -> {
            // one first reader renders; the others wait for its commit and read what it published
            publications.lockPlan(header.planId());
            return publications
                    .current(header.planId(), header.state())
                    .or(() -> publish(header, NewPublication.SYSTEM, null))
                    .orElseThrow();
        });
    }

    private Optional<StoredVersion> publish(PlanHeader header, String by, Long userId) {
        // rendered within the request that takes the decision or reads first: its links resolve against it
        ServletRequestAttributes current = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
        HttpServletRequest request = current.getRequest();
        int number = publications.nextNumber(header.planId());
        String page = renderer.html("report/plan", reports.plan(header, true), DUTCH, request, current.getResponse());
        String context = request.getContextPath();
        StandaloneHtml html = StandaloneHtml.of(
                page,
                context,
                context + ReportController.PUBLISHED + header.municipalitySlug() + "/kaders/" + header.frameworkSlug()
                        + "/plannen/" + header.year(),
                context + new VersionAddress(header.address(), number).publicUrl());
        byte[] pdf = renderer.pdf(page, request.getRequestURL().toString());
        byte[] docx = renderer.docx(page, DUTCH);
        List<LegendEntry> legend = legends.of(header.municipalityId()).values().stream()
                .sorted(Comparator.comparing(LegendEntry::status))
                .toList();
        return publications.publish(new NewPublication(
                header.planId(),
                number,
                header.state(),
                header.state().isEvaluated() ? header.evaluatedOn() : header.adoptedOn(),
                header.title(),
                html.html(),
                pdf,
                docx,
                html.styleSources(),
                legend,
                by,
                userId));
    }
}
