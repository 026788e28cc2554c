package nl.ivbplanner.report;

import java.util.Optional;
import java.util.function.Function;
import nl.ivbplanner.plan.PlanAddress;
import nl.ivbplanner.plan.PlanDecided;
import nl.ivbplanner.plan.PlanHeader;
import nl.ivbplanner.plan.PlanHeaderQueries;
import nl.ivbplanner.publication.Audience;
import nl.ivbplanner.publication.DocumentType;
import nl.ivbplanner.publication.PublicationService;
import nl.ivbplanner.publication.StoredVersion;
import nl.ivbplanner.report.VersionRendering.Publisher;
import nl.ivbplanner.security.MunicipalityAccess;
import nl.ivbplanner.security.Permission;
import nl.ivbplanner.security.SignedInUser;
import nl.ivbplanner.web.NotFoundException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

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

    private final VersionRendering versions;
    private final PlanHeaderQueries headers;
    private final PublicationService publications;
    private final MunicipalityAccess access;

    ReportPublisher(
            VersionRendering versions,
            PlanHeaderQueries headers,
            PublicationService publications,
            MunicipalityAccess access) {
        this.versions = versions;
        this.headers = headers;
        this.publications = publications;
        this.access = access;
    }

    /** Runs in the decision's transaction: when publishing fails, the decision is not taken either. */
    @EventListener
    void publish(PlanDecided decided) {
        PlanHeader header = headers.find(decided.address()).orElseThrow();
        SignedInUser user = access.currentUser();
        Publisher by = new Publisher(user.displayName(), user.id());
        // the plan's row is locked by the decision, so no other version can take these numbers
        versions.publish(header, DocumentType.REPORT, by).orElseThrow(() -> taken(header));
        Optional<PlanHeader> evaluated = header.state().isEvaluated()
                ? Optional.of(header)
                : headers.find(previous(header.address())).filter(h -> h.state().isEvaluated());
        evaluated.ifPresent(plan -> {
            publications.lockPlan(plan.planId());
            versions.publish(plan, DocumentType.VERANTWOORDING, by).orElseThrow(() -> taken(plan));
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
                            .or(() -> versions.publish(header, document, Publisher.SYSTEM)
                                    .flatMap(published ->
                                            publications.current(header.planId(), document, header.state(), audience)))
                            .orElseThrow();
                });
    }

    private static PlanAddress previous(PlanAddress address) {
        return new PlanAddress(address.municipality(), address.framework(), address.year() - 1);
    }

    private static IllegalStateException taken(PlanHeader header) {
        return new IllegalStateException("Version of plan " + header.planId() + " taken");
    }
}
