package nl.ivbplanner.kpi;

import java.math.BigDecimal;
import java.util.List;

/**
 * Where a KPI stands, judged as a council would: only measurements after the baseline count (the baseline is no
 * result), a measurement without a date is never the latest, and the target is only called met or not met once its
 * year has come; before that the latest measurement is 'op koers' when it already meets the target or has moved from
 * the baseline in the intended direction. A milestone is measured as 1 (reached) or 0 (not yet).
 */
public record KpiAssessment(Outcome outcome, Reading latest, BigDecimal changeFromBaseline) {

    public enum Outcome {
        /** The target year has come and the latest measurement meets the target. */
        MET,
        /** The target year has come and the latest measurement does not meet the target. */
        NOT_MET,
        /** Before the target year: the target is already met, or the value moves in the intended direction. */
        ON_TRACK,
        /** Before the target year: the value stands still or moves the wrong way. */
        NOT_ON_TRACK,
        /** A milestone not reached yet, before its year has passed. */
        NOT_YET,
        /** No measurement after the baseline. */
        NO_DATA,
        /** Measured, but there is nothing to hold the value against. */
        NO_TARGET
    }

    private static final java.util.Comparator<Reading> TIME_ORDER = java.util.Comparator.comparing(
                    Reading::effectiveYear)
            .thenComparing(Reading::peildatum, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));

    /**
     * @param targetYear the year the target is for: the KPI's own, or else its plan's year or its framework's last
     *                   year; null when there is none
     * @param series     the KPI's measurements in the order they were recorded
     * @param currentYear this year: a target year that has passed is judged even without a measurement of that year
     */
    public static KpiAssessment of(
            KpiKind kind,
            Comparator comparator,
            BigDecimal baseline,
            Integer baselineYear,
            BigDecimal target,
            Integer targetYear,
            List<Reading> series,
            int currentYear) {
        List<Reading> afterBaseline = series.stream()
                .filter(Reading::dated)
                .filter(r -> baselineYear == null || r.effectiveYear() > baselineYear)
                .sorted(TIME_ORDER)
                .toList();
        List<Reading> progress =
                afterBaseline.stream().filter(r -> r.value() != null).toList();
        if (progress.isEmpty()) {
            // a figure printed as words only ('Politie, Procesregie, Jeugdbescherming') is measured, not judged
            return afterBaseline.isEmpty()
                    ? new KpiAssessment(Outcome.NO_DATA, null, null)
                    : new KpiAssessment(Outcome.NO_TARGET, afterBaseline.get(afterBaseline.size() - 1), null);
        }
        Reading latest = progress.get(progress.size() - 1);
        BigDecimal change =
                kind == KpiKind.NUMERIC && baseline != null ? latest.value().subtract(baseline) : null;
        boolean targetYearCome = targetYear == null || latest.effectiveYear() >= targetYear || currentYear > targetYear;
        if (kind == KpiKind.MILESTONE) {
            Outcome outcome =
                    latest.value().signum() > 0 ? Outcome.MET : targetYearCome ? Outcome.NOT_MET : Outcome.NOT_YET;
            return new KpiAssessment(outcome, latest, null);
        }
        BigDecimal start = baseline != null
                ? baseline
                : progress.size() > 1 ? progress.get(0).value() : null;
        return new KpiAssessment(outcome(comparator, start, target, latest.value(), targetYearCome), latest, change);
    }

    private static Outcome outcome(
            Comparator comparator, BigDecimal start, BigDecimal target, BigDecimal latest, boolean targetYearCome) {
        if (comparator == null) {
            return Outcome.NO_TARGET;
        }
        BigDecimal reference = target != null
                ? target
                : switch (comparator) {
                    case INCREASE, DECREASE -> start;
                    default -> null;
                };
        if (reference == null) {
            return Outcome.NO_TARGET;
        }
        boolean met = meets(comparator, latest, reference, target != null);
        if (targetYearCome) {
            return met ? Outcome.MET : Outcome.NOT_MET;
        }
        return met || movesTowards(comparator, start, reference, latest) ? Outcome.ON_TRACK : Outcome.NOT_ON_TRACK;
    }

    private static boolean meets(
            Comparator comparator, BigDecimal value, BigDecimal reference, boolean referenceIsTarget) {
        int compared = value.compareTo(reference);
        return switch (comparator) {
            case AT_LEAST -> compared >= 0;
            case AT_MOST -> compared <= 0;
            case EQUAL -> compared == 0;
            case INCREASE -> referenceIsTarget ? compared >= 0 : compared > 0;
            case DECREASE -> referenceIsTarget ? compared <= 0 : compared < 0;
        };
    }

    private static boolean movesTowards(Comparator comparator, BigDecimal start, BigDecimal target, BigDecimal latest) {
        if (start == null) {
            return false;
        }
        return switch (comparator) {
            case AT_LEAST, INCREASE -> latest.compareTo(start) > 0;
            case AT_MOST, DECREASE -> latest.compareTo(start) < 0;
            case EQUAL ->
                latest.subtract(target).abs().compareTo(start.subtract(target).abs()) < 0;
        };
    }

    /** 'up', 'down' or 'same', for the trend arrow and its text; null without a baseline or measurement. */
    public String direction() {
        return changeFromBaseline == null
                ? null
                : switch (changeFromBaseline.signum()) {
                    case 1 -> "up";
                    case -1 -> "down";
                    default -> "same";
                };
    }
}
