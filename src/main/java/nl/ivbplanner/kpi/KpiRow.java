package nl.ivbplanner.kpi;

import java.math.BigDecimal;
import nl.ivbplanner.common.DutchNumbers;

/** A KPI as the list of a plan's KPIs shows it. */
record KpiRow(long id, String name, String themeCode, String themeName, String unit, String source, String kind,
        String comparator, BigDecimal baselineValue, String baselineText, Integer baselineYear, BigDecimal targetValue,
        String targetText, Integer targetYear) {

    public String theme() {
        return themeName == null || themeCode == null ? themeName : themeCode + ". " + themeName;
    }

    /** The baseline in Dutch notation, or as printed when it is no number. */
    public String baseline() {
        return baselineValue != null ? DutchNumbers.format(baselineValue) : baselineText;
    }

    public String target() {
        return targetValue != null ? DutchNumbers.format(targetValue) : targetText;
    }
}
