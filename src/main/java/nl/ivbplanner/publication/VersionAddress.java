package nl.ivbplanner.publication;

import nl.ivbplanner.plan.PlanAddress;

/**
 * Where a plan's numbered version is read: below {@code /openbaar} for everyone who may read it (anyone where the
 * municipality publishes, the municipality's own readers where it does not), and below the plan for those signed in.
 */
public record VersionAddress(PlanAddress plan, int number) {

    public static final String PUBLIC = "/openbaar/";

    public String publicUrl() {
        return PUBLIC + plan.municipality() + "/kaders/" + plan.framework() + "/plannen/" + plan.year() + "/versies/"
                + number;
    }

    public String url() {
        return plan.url() + "/versies/" + number;
    }
}
