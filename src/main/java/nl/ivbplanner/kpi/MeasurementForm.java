package nl.ivbplanner.kpi;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.ivbplanner.common.DutchDates;
import nl.ivbplanner.common.DutchNumbers;
import nl.ivbplanner.common.FieldProblem;

/** A new measurement as typed: a period, a value in Dutch notation (or reached / not yet for a milestone), source. */
record MeasurementForm(
        @NotBlank(message = "{measurement.form.period.required}") @Size(max = 40, message = "{form.too-long}") String periode,
        @Pattern(regexp = "\\s*(\\d{4})?\\s*", message = "{measurement.form.year.invalid}") String jaar,
        @Size(max = 40, message = "{form.too-long}") String waarde,
        @Pattern(regexp = "(JA|NEE)?", message = "{measurement.form.reached.required}") String behaald,
        @Pattern(regexp = "(" + DutchDates.PATTERN + ")?", message = "{form.date.format}") String peildatum,
        @NotBlank(message = "{measurement.form.source.required}") @Pattern(regexp = "POLITIE|VEILIGHEIDSMONITOR|CBS|EIGEN_REGISTRATIE|ANDERS", message = "{measurement.form.source.required}") String bron,
        @Size(max = 150, message = "{form.too-long}") String bronToelichting,
        @Size(max = 5000, message = "{form.too-long}") String toelichting) {

    private static final java.util.regex.Pattern YEAR_IN_TEXT = java.util.regex.Pattern.compile("\\b(19|20)\\d{2}\\b");

    private static final DutchNumbers.Limits VALUES = new DutchNumbers.Limits(true, new BigDecimal("999999999999"));

    static MeasurementForm empty() {
        return new MeasurementForm(null, null, null, null, null, "EIGEN_REGISTRATIE", null, null);
    }

    /** The rules that need the KPI's kind or a parsed value; each names its field. */
    List<FieldProblem> problems(KpiKind kind, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (kind == KpiKind.MILESTONE) {
            if (behaald == null || behaald.isEmpty()) {
                problems.add(new FieldProblem("behaald", "measurement.form.reached.required"));
            }
        } else if (waarde == null || waarde.isBlank()) {
            problems.add(new FieldProblem("waarde", "measurement.form.value.required"));
        } else {
            try {
                DutchNumbers.parse(waarde, VALUES);
            } catch (DutchNumbers.InvalidNumberException invalid) {
                problems.add(new FieldProblem("waarde", invalid.problem().messageKey()));
            }
        }
        if (peildatum != null && !peildatum.isBlank()) {
            Optional<LocalDate> date = DutchDates.parse(peildatum);
            if (date.isEmpty()) {
                problems.add(new FieldProblem("peildatum", "form.date.invalid"));
            } else if (date.get().isAfter(today)) {
                problems.add(new FieldProblem("peildatum", "measurement.form.peildatum.future"));
            }
        }
        if ("ANDERS".equals(bron) && (bronToelichting == null || bronToelichting.isBlank())) {
            problems.add(new FieldProblem("bronToelichting", "measurement.form.source.other"));
        }
        return problems;
    }

    /**
     * The year typed, or else the one year the period names ('2025', 'eerste helft 2026'), so that a measurement can be
     * placed in time without typing its year twice.
     */
    private Integer year() {
        if (jaar != null && !jaar.isBlank()) {
            return Integer.valueOf(jaar.strip());
        }
        List<Integer> named = YEAR_IN_TEXT.matcher(periode).results().map(m -> Integer.valueOf(m.group())).distinct().toList();
        return named.size() == 1 ? named.get(0) : null;
    }

    /** Only called once {@link #problems} found none. */
    MeasuredValue toValue(KpiKind kind) {
        BigDecimal value = kind == KpiKind.MILESTONE
                ? ("JA".equals(behaald) ? BigDecimal.ONE : BigDecimal.ZERO)
                : DutchNumbers.parse(waarde, VALUES);
        String detail = bronToelichting == null || bronToelichting.isBlank() ? null : bronToelichting.strip();
        String source = MeasurementSource.valueOf(bron).label() + (detail == null ? "" : ": " + detail);
        return new MeasuredValue(periode.strip(), year(), value,
                peildatum == null || peildatum.isBlank() ? null : DutchDates.parse(peildatum).orElseThrow(), source,
                toelichting == null || toelichting.isBlank() ? null : toelichting.strip());
    }
}
