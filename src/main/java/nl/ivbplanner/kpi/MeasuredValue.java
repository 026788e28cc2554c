package nl.ivbplanner.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What was measured, for when, by whom: the content of a new measurement. */
record MeasuredValue(String period, Integer year, BigDecimal value, LocalDate peildatum, String source, String note) {}
