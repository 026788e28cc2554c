package nl.ivbplanner.overview;

import java.util.List;
import nl.ivbplanner.framework.FrameworkSummary;
import nl.ivbplanner.municipality.Municipality;
import nl.ivbplanner.plan.PlanSummary;

/** What the municipality page shows: its frameworks, each with the yearly plans the user may see. */
record MunicipalityOverview(Municipality municipality, List<FrameworkWithPlans> frameworks) {

    record FrameworkWithPlans(FrameworkSummary framework, List<PlanSummary> plans) {}
}
