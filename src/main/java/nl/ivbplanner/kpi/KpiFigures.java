package nl.ivbplanner.kpi;

import java.math.BigDecimal;
import java.util.List;

/**
 * A KPI as every reader shows it (plan and framework pages, KPI pages, dashboard, council reports, export): its
 * baseline and target as printed, its unit, the whole series of measurements in time order, and where it stands.
 */
public record KpiFigures(
        long id,
        Long themeId,
        String themeCode,
        String themeName,
        Long objectiveId,
        String name,
        String unitText,
        KpiUnit unitKind,
        String source,
        KpiKind kind,
        Comparator comparator,
        BigDecimal baselineValue,
        String baselineText,
        Integer baselineYear,
        BigDecimal targetValue,
        String targetText,
        Integer targetYear,
        String indicatorName,
        List<Reading> series,
        KpiAssessment assessment) {

    /** The same KPI with its whole series of measurements and where it stands. */
    KpiFigures measured(List<Reading> allReadings, KpiAssessment standing) {
        return new KpiFigures(
                id,
                themeId,
                themeCode,
                themeName,
                objectiveId,
                name,
                unitText,
                unitKind,
                source,
                kind,
                comparator,
                baselineValue,
                baselineText,
                baselineYear,
                targetValue,
                targetText,
                targetYear,
                indicatorName,
                allReadings,
                standing);
    }

    /** The theme as the document numbers it ('5.1. Veilige en leefbare dorpen'); null without a theme. */
    public String theme() {
        return themeName == null || themeCode == null ? themeName : themeCode + ". " + themeName;
    }

    /** The baseline in its unit ('7,4', '4,2%'), or as printed when it is no number ('PM'); null when there is none. */
    public String baseline() {
        return baselineValue != null ? unitKind.format(baselineValue) : baselineText;
    }

    /** The target number in its unit, without its comparator; null when the target is no number or absent. */
    public String targetNumber() {
        return targetValue == null ? null : unitKind.format(targetValue);
    }

    /** A measured value in the KPI's unit, or as printed ('rond de 565'); milestones are shown in words instead. */
    public String shown(Reading reading) {
        if (reading.valueText() != null) {
            return reading.valueText();
        }
        return reading.value() == null ? null : unitKind.format(reading.value());
    }

    public boolean milestone() {
        return kind == KpiKind.MILESTONE;
    }
}
