package nl.ivbplanner.publication;

import nl.ivbplanner.plan.PlanAddress;

/**
 * Where a plan's numbered version of a document is read by everyone who may read it: below {@code /openbaar} (anyone
 * where the municipality publishes, the municipality's own readers where it does not). Signed-in readers also find it
 * below the plan, at {@code …/plannen/{jaar}/versies/{n}} (the report) or {@code …/verantwoording/versies/{n}}, where
 * council members get the council's rendering.
 */
public record VersionAddress(PlanAddress plan, DocumentType document, int number) {

    public static final String PUBLIC = "/openbaar/";

    public String publicUrl() {
        return PUBLIC + plan.municipality() + "/kaders/" + plan.framework() + "/plannen/" + plan.year() + document.path
                + "/versies/" + number;
    }

    public String signedInUrl() {
        return plan.url() + document.path + "/versies/" + number;
    }

    /** The address of whatever version of the document is current, for anyone. */
    public static String currentPublicUrl(PlanAddress plan, DocumentType document) {
        return PUBLIC + plan.municipality() + "/kaders/" + plan.framework() + "/plannen/" + plan.year() + document.path;
    }
}
