package nl.ivbplanner.kpi;

import java.math.BigDecimal;

/**
 * Whether a KPI's latest measurement meets its target, and how it moved from the baseline. A milestone is measured
 * as 1 (reached) or 0 (not yet); a number is held against the target with the KPI's comparator, and an 'increase'
 * or 'decrease' without a target value against the baseline.
 */
public record KpiAssessment(Outcome outcome, BigDecimal changeFromBaseline) {

    public enum Outcome { MET, NOT_MET, NO_DATA, NO_TARGET }

    public static KpiAssessment of(KpiKind kind, Comparator comparator, BigDecimal baseline, BigDecimal target,
            BigDecimal latest) {
        BigDecimal change = latest != null && baseline != null && kind == KpiKind.NUMERIC ? latest.subtract(baseline) : null;
        return new KpiAssessment(outcome(kind, comparator, baseline, target, latest), change);
    }

    private static Outcome outcome(KpiKind kind, Comparator comparator, BigDecimal baseline, BigDecimal target,
            BigDecimal latest) {
        if (latest == null) {
            return Outcome.NO_DATA;
        }
        if (kind == KpiKind.MILESTONE) {
            return latest.signum() > 0 ? Outcome.MET : Outcome.NOT_MET;
        }
        if (comparator == null) {
            return Outcome.NO_TARGET;
        }
        BigDecimal reference = target != null ? target : switch (comparator) {
            case INCREASE, DECREASE -> baseline;
            default -> null;
        };
        if (reference == null) {
            return Outcome.NO_TARGET;
        }
        int compared = latest.compareTo(reference);
        boolean met = switch (comparator) {
            case AT_LEAST -> compared >= 0;
            case AT_MOST -> compared <= 0;
            case EQUAL -> compared == 0;
            case INCREASE -> target != null ? compared >= 0 : compared > 0;
            case DECREASE -> target != null ? compared <= 0 : compared < 0;
        };
        return met ? Outcome.MET : Outcome.NOT_MET;
    }

    /** 'up', 'down' or 'same', for the trend arrow and its text; null without a baseline or measurement. */
    public String direction() {
        return changeFromBaseline == null ? null
                : switch (changeFromBaseline.signum()) {
                    case 1 -> "up";
                    case -1 -> "down";
                    default -> "same";
                };
    }
}
