package nl.ivbplanner.overview;

import java.util.List;
import nl.ivbplanner.framework.FrameworkSummary;
import nl.ivbplanner.municipality.Municipality;
import nl.ivbplanner.plan.PlanSummary;

/**
 * What the municipality page shows: its frameworks (concepts only to its staff), each with the yearly plans the user
 * may see, and whether the user may start a new framework.
 */
record MunicipalityOverview(
        Municipality municipality, List<FrameworkWithPlans> frameworks, boolean canCreateFramework) {

    record FrameworkWithPlans(FrameworkSummary framework, List<PlanSummary> plans) {}
}
