package nl.ivbplanner.publication;

import nl.ivbplanner.plan.PlanState;

/**
 * A published version without its bytes: what serving it needs (its hashes for the ETag, whose plan it is for the
 * access check and the file name, the style hashes for the page's CSP). The bytes are read only when sent.
 */
public record StoredVersion(
        long id,
        long municipalityId,
        boolean publishPublicly,
        String municipalitySlug,
        String frameworkSlug,
        int year,
        DocumentType document,
        int number,
        Audience audience,
        PlanState kind,
        String htmlSha256,
        String pdfSha256,
        String docxSha256,
        String styleSources) {

    /** Null when the version has no such file. */
    String sha256(PublishedFile file) {
        return switch (file) {
            case HTML -> htmlSha256;
            case PDF -> pdfSha256;
            case DOCX -> docxSha256;
        };
    }

    String fileName(PublishedFile file) {
        return municipalitySlug + "-" + frameworkSlug + "-" + year
                + (document == DocumentType.VERANTWOORDING ? "-verantwoording" : "") + "-versie-" + number + "."
                + file.extension;
    }

    /** Anyone may cache and read it where the municipality publishes; the council's rendering never. */
    boolean forAnyone() {
        return publishPublicly && audience == Audience.PUBLIC;
    }
}
