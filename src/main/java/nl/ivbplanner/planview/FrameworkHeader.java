package nl.ivbplanner.planview;

import java.time.LocalDate;

/** A framework with its municipality, as its page and its council report show it above the content. */
public record FrameworkHeader(
        long municipalityId,
        String municipalitySlug,
        String municipalityName,
        boolean publishPublicly,
        long frameworkId,
        String frameworkSlug,
        String title,
        String subtitle,
        String kind,
        int firstYear,
        int lastYear,
        LocalDate adoptedByCouncilOn,
        String mission,
        String vision,
        String successFactors,
        String state) {

    /** A concept framework is read only by the municipality's staff, and edited until the council adopts it. */
    public boolean isConcept() {
        return "CONCEPT".equals(state);
    }

    /** Adopted by the council, of a municipality that publishes: anyone reads it without signing in. */
    public boolean isPublished() {
        return publishPublicly && !isConcept();
    }
}
