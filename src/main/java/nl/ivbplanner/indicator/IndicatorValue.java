package nl.ivbplanner.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import nl.ivbplanner.kpi.KpiUnit;

/**
 * One measurement of a KPI linked to a standard indicator, as the region compares it: in the KPI's own unit, with
 * its own peildatum and source, and in the indicator's unit where it is that unit or can be converted to it.
 *
 * @param year the measurement's year, or its peildatum's; null when it has neither (only its period)
 * @param yearly whether the value stands for its whole year: a year was given, and the period is that year or names
 *     none ('afgelopen jaar' in a seeded document, dated by its derivation); not 'Eerste helft 2025'
 * @param inhabitants the municipality's inhabitants in that year as its administrators entered them, or null
 */
public record IndicatorValue(
        long indicatorId,
        String municipalitySlug,
        String municipalityName,
        String kpiName,
        String frameworkTitle,
        Integer planYear,
        Integer year,
        String period,
        boolean yearly,
        BigDecimal value,
        String valueText,
        KpiUnit unitKind,
        String unit,
        LocalDate peildatum,
        String source,
        Integer inhabitants,
        String inhabitantsSource) {

    /**
     * The value as the municipality recorded it: number and unit text, or the printed text. A figure per 1.000
     * inwoners without a unit text says so in the page's words ({@link #needsUnitLabel()}).
     */
    public String shown() {
        if (value == null) {
            return valueText;
        }
        String number = unitKind.format(value);
        return unit == null || unit.isBlank() ? number : number + " " + unit;
    }

    /** Whether the number alone would not say it is per 1.000 inwoners. */
    public boolean needsUnitLabel() {
        return value != null && unitKind == KpiUnit.PER_1000_INHABITANTS && (unit == null || unit.isBlank());
    }

    /**
     * The value per 1.000 inwoners, from a count of a whole year and that year's inhabitants; null when either is
     * missing (a count of part of a year is not a yearly figure).
     */
    public BigDecimal perThousandInhabitants() {
        if (value == null || unitKind != KpiUnit.COUNT || !yearly || inhabitants == null) {
            return null;
        }
        return value.multiply(BigDecimal.valueOf(1000))
                .divide(BigDecimal.valueOf(inhabitants), 2, RoundingMode.HALF_UP);
    }

    /** The value in the indicator's unit: the same unit, or converted to per 1.000 inwoners; null otherwise. */
    public BigDecimal inUnitOf(KpiUnit indicatorUnit) {
        if (value == null) {
            return null;
        }
        if (unitKind == indicatorUnit) {
            return value;
        }
        return indicatorUnit == KpiUnit.PER_1000_INHABITANTS ? perThousandInhabitants() : null;
    }

    /** Whether the value can stand on a chart over years: a count only for a whole year, other units at their year. */
    public boolean chartable() {
        return value != null && year != null && (unitKind != KpiUnit.COUNT || yearly);
    }

    /**
     * Why the value is not in the indicator's unit, as a message key; null when it is (recorded or converted), or when
     * it is not a number.
     */
    public String notConvertedReason(KpiUnit indicatorUnit) {
        if (value == null || inUnitOf(indicatorUnit) != null) {
            return null;
        }
        if (indicatorUnit != KpiUnit.PER_1000_INHABITANTS || unitKind != KpiUnit.COUNT) {
            return "region.indicators.not-converted.unit";
        }
        return yearly ? "region.indicators.not-converted" : "region.indicators.not-converted.part-of-year";
    }

    /** Whether the value in the indicator's unit was computed here rather than recorded. */
    public boolean converted(KpiUnit indicatorUnit) {
        return unitKind != indicatorUnit && inUnitOf(indicatorUnit) != null;
    }
}
