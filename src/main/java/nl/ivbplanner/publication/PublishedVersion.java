package nl.ivbplanner.publication;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import nl.ivbplanner.common.DutchTime;
import nl.ivbplanner.plan.PlanState;

/** A version as lists show it: "vastgesteld op 12 maart 2026 door …", with its files. */
public record PublishedVersion(
        long planId,
        int year,
        String frameworkSlug,
        DocumentType document,
        int number,
        PlanState kind,
        LocalDate decidedOn,
        String title,
        String publishedBy,
        OffsetDateTime publishedAt,
        boolean hasDocx) {

    public PublishedVersion {
        publishedAt = DutchTime.of(publishedAt);
    }

    /** The date of the decision; a seeded evaluation that states none, the day it was published. */
    public LocalDate date() {
        return decidedOn != null ? decidedOn : publishedAt.toLocalDate();
    }

    /**
     * The text's key: a version whose decision has no date (a seeded evaluation) says that it was published then, so
     * nobody reads the publication day as the day of the decision.
     */
    public String messageKey() {
        if (document == DocumentType.VERANTWOORDING) {
            // put together from two decisions: it states when it was published
            return "publication.version.VERANTWOORDING";
        }
        return "publication.version." + kind + (decidedOn == null ? ".undated" : "");
    }

    /** The version's address below the plan ({@code /versies/2} or {@code /verantwoording/versies/1}). */
    public String path() {
        return document.path + "/versies/" + number;
    }
}
