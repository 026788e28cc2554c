package nl.ivbplanner.publication;

import java.util.List;
import nl.ivbplanner.plan.PlanState;

/**
 * A municipality's published documents for anyone: its frameworks, and under each its adopted and evaluated plans
 * with the versions that were published. Concepts are not in it.
 */
public record PublicIndex(String municipalitySlug, String municipalityName, List<Framework> frameworks) {

    public record Framework(String slug, String title, int firstYear, int lastYear, List<Plan> plans) {}

    /** A plan readers may open: its current report, and every version published at its decisions. */
    public record Plan(
            long planId,
            String frameworkSlug,
            int year,
            String title,
            PlanState state,
            List<PublishedVersion> versions) {}

    record Row(
            long frameworkId,
            String frameworkSlug,
            String frameworkTitle,
            int firstYear,
            int lastYear,
            Long planId,
            Integer year,
            String title,
            PlanState state) {}
}
