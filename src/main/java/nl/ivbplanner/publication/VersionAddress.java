package nl.ivbplanner.publication;

import nl.ivbplanner.plan.PlanAddress;

/**
 * Where a plan's numbered version is read by everyone who may read it: below {@code /openbaar} (anyone where the
 * municipality publishes, the municipality's own readers where it does not). Signed-in readers also find it below the
 * plan, at {@code …/plannen/{jaar}/versies/{n}}.
 */
public record VersionAddress(PlanAddress plan, int number) {

    public static final String PUBLIC = "/openbaar/";

    public String publicUrl() {
        return PUBLIC + plan.municipality() + "/kaders/" + plan.framework() + "/plannen/" + plan.year() + "/versies/"
                + number;
    }
}
