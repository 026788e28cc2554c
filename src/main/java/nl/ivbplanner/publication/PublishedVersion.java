package nl.ivbplanner.publication;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import nl.ivbplanner.plan.PlanState;

/** A version as lists show it: "vastgesteld op 12 maart 2026 door …", with its files. */
public record PublishedVersion(
        long planId,
        int year,
        String frameworkSlug,
        int number,
        PlanState kind,
        LocalDate decidedOn,
        String title,
        String publishedBy,
        OffsetDateTime publishedAt,
        boolean hasDocx) {

    /** The date of the decision; a seeded evaluation that states none, the day it was published. */
    public LocalDate date() {
        return decidedOn != null ? decidedOn : publishedAt.toLocalDate();
    }

    /**
     * The text's key: a version whose decision has no date (a seeded evaluation) says that it was published then, so
     * nobody reads the publication day as the day of the decision.
     */
    public String messageKey() {
        return "publication.version." + kind + (decidedOn == null ? ".undated" : "");
    }
}
