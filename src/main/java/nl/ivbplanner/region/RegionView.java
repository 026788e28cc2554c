package nl.ivbplanner.region;

import java.util.List;
import nl.ivbplanner.indicator.IndicatorComparison;

/**
 * What the region page shows for a year (null: every year): the municipalities side by side, in total and per
 * Kernbeleid Veiligheid field, and their KPIs that measure a standard indicator.
 */
record RegionView(
        String region,
        Integer year,
        List<MunicipalityTotal> totals,
        List<FieldView> fields,
        List<IndicatorComparison> indicators,
        List<PartnerSummaryRow> partners) {

    /** One municipality's visible activities and year-end verdicts over all fields. */
    record MunicipalityTotal(MunicipalityRow municipality, long activities, List<Verdict> verdicts) {}

    /** A Kernbeleid Veiligheid field (1-5), or null for the themes that have none. */
    record FieldView(Short field, List<MunicipalityInField> municipalities) {}

    record MunicipalityInField(
            MunicipalityRow municipality, List<RegionThemeRow> themes, long activities, List<Verdict> verdicts) {}

    /**
     * A count of one verdict in the municipality's own legend words; label and symbol are null when the municipality
     * has no legend row for it, and the page then falls back to the standard wording.
     */
    record Verdict(String status, String label, String symbol, long count) {}
}
