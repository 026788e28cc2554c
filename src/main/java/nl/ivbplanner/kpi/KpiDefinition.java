package nl.ivbplanner.kpi;

import java.math.BigDecimal;

/**
 * Everything a user states about a KPI of a plan. Holds the database's rules: a milestone has no comparator and no
 * numbers, and a target number says how it is meant (ten minste, maximaal, ...). Public for the import, which
 * checks the same rules on a workbook's rows first, to report them at their cells.
 */
public record KpiDefinition(
        Long themeId,
        Long objectiveId,
        String name,
        String unit,
        KpiUnit unitKind,
        String source,
        KpiKind kind,
        Comparator comparator,
        BigDecimal baselineValue,
        String baselineText,
        Integer baselineYear,
        BigDecimal targetValue,
        String targetText,
        Integer targetYear) {

    public KpiDefinition {
        if (name == null || name.isBlank() || kind == null || unitKind == null) {
            throw new IllegalArgumentException("a KPI needs a name, a kind and a unit");
        }
        if (kind == KpiKind.MILESTONE && (comparator != null || baselineValue != null || targetValue != null)) {
            throw new IllegalArgumentException("a milestone has no comparator and no values");
        }
        if (targetValue != null && comparator == null) {
            throw new IllegalArgumentException("a target value needs a comparator");
        }
    }
}
