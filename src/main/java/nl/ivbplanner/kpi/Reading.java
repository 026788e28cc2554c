package nl.ivbplanner.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One measured value of a KPI as readers see it: the measurement's id (the export's Kenmerk), the period as printed,
 * the year it belongs to, the number (also when the document printed it approximately, 'rond de 565'), the printed
 * wording, and the peildatum.
 */
public record Reading(long id, String period, Integer year, BigDecimal value, String valueText, LocalDate peildatum) {

    /** A reading without a year or peildatum cannot be placed in time, so it is never taken as the latest. */
    public boolean dated() {
        return year != null || peildatum != null;
    }

    /** The year the reading belongs to: its own, or that of its peildatum. */
    Integer effectiveYear() {
        return year != null ? year : peildatum == null ? null : peildatum.getYear();
    }
}
