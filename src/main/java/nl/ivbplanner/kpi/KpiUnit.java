package nl.ivbplanner.kpi;

import java.math.BigDecimal;
import nl.ivbplanner.common.DutchNumbers;

/**
 * What a KPI's numbers count, so every page, report and export prints them as the document does: a report mark
 * keeps its decimal (7,0), a percentage its sign (50%), a count no decimals it does not have (1.092, not 1.092,00).
 */
public enum KpiUnit {
    /** A number of things; the KPI's unit text says of what ('meldingen', 'controles'). */
    COUNT,
    PERCENTAGE,
    /** A report mark (rapportcijfer) from 1 to 10, always printed with a decimal. */
    GRADE,
    MONTHS,
    PER_1000_INHABITANTS,
    EUROS,
    OTHER;

    /** The value in Dutch notation with as many decimals as it has, and the unit's sign where the unit has one. */
    public String format(BigDecimal value) {
        if (value == null) {
            return null;
        }
        return switch (this) {
            case PERCENTAGE -> DutchNumbers.format(value) + "%";
            case GRADE -> DutchNumbers.formatOneDecimalAtLeast(value);
            case EUROS ->
                value.stripTrailingZeros().scale() <= 0
                        ? "€ " + DutchNumbers.format(value)
                        : "€ " + DutchNumbers.formatTwoDecimals(value);
            default -> DutchNumbers.format(value);
        };
    }
}
