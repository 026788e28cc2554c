package nl.ivbplanner.kpi;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.ivbplanner.common.DutchDates;
import nl.ivbplanner.common.DutchNumbers;
import nl.ivbplanner.common.FieldProblem;

/** A new measurement as typed: a period, a value in Dutch notation (or reached / not yet for a milestone), source. */
record MeasurementForm(
        @NotBlank(message = "{measurement.form.period.required}") @Size(max = 40, message = "{form.too-long}")
        String periode,

        @Pattern(regexp = KpiForm.YEAR, message = "{measurement.form.year.invalid}")
        String jaar,

        @Size(max = 40, message = "{form.too-long}") String waarde,

        @Pattern(regexp = "(JA|NEE)?", message = "{measurement.form.reached.required}")
        String behaald,

        @Pattern(regexp = "(" + DutchDates.PATTERN + ")?", message = "{form.date.format}")
        String peildatum,

        @NotBlank(message = "{measurement.form.source.required}")
        @Pattern(
                regexp = "POLITIE|VEILIGHEIDSMONITOR|CBS|EIGEN_REGISTRATIE|ANDERS",
                message = "{measurement.form.source.required}")
        String bron,

        @Size(max = 150, message = "{form.too-long}") String bronToelichting,
        @Size(max = 5000, message = "{form.too-long}") String toelichting) {

    // a year of the database's range (1990-2100) standing on its own, not part of a longer number
    private static final java.util.regex.Pattern YEAR_IN_TEXT =
            java.util.regex.Pattern.compile("(?<!\\d)(199\\d|20\\d\\d|2100)(?!\\d)");

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
        Integer year = typedYear();
        List<Integer> periodYears = periodYears();
        if (year != null && !periodYears.isEmpty() && !periodYears.contains(year)) {
            problems.add(new FieldProblem(
                    "periode",
                    "measurement.form.period.other-year",
                    List.of(
                            periodYears.stream().map(String::valueOf).collect(Collectors.joining(" en ")),
                            year.toString())));
        }
        // a measurement that cannot be placed in time is never the latest, so it would be listed but never count
        if (year() == null && (peildatum == null || peildatum.isBlank())) {
            problems.add(new FieldProblem("jaar", "measurement.form.year.required"));
        } else if (year() != null && year() > today.getYear()) {
            problems.add(new FieldProblem("jaar", "measurement.form.year.future"));
        }
        return problems;
    }

    /**
     * The measurement's year: as typed, or else the one year the period names ('Eerste helft 2025'); none when the
     * period names no year or several ('schooljaar 2024/2025').
     */
    Integer year() {
        Integer typed = typedYear();
        List<Integer> periodYears = periodYears();
        return typed != null ? typed : periodYears.size() == 1 ? periodYears.get(0) : null;
    }

    private Integer typedYear() {
        return jaar == null || jaar.isBlank() || !jaar.matches(KpiForm.YEAR) ? null : Integer.valueOf(jaar.strip());
    }

    /** The distinct years the period text names, in the order it names them. */
    private List<Integer> periodYears() {
        return periode == null
                ? List.of()
                : YEAR_IN_TEXT
                        .matcher(periode)
                        .results()
                        .map(m -> Integer.valueOf(m.group()))
                        .distinct()
                        .toList();
    }

    /** Only called once {@link #problems} found none. */
    MeasuredValue toValue(KpiKind kind) {
        BigDecimal value = kind == KpiKind.MILESTONE
                ? ("JA".equals(behaald) ? BigDecimal.ONE : BigDecimal.ZERO)
                : DutchNumbers.parse(waarde, VALUES);
        String detail = bronToelichting == null || bronToelichting.isBlank() ? null : bronToelichting.strip();
        String source = MeasurementSource.valueOf(bron).label() + (detail == null ? "" : ": " + detail);
        return new MeasuredValue(
                periode.strip(),
                year(),
                value,
                peildatum == null || peildatum.isBlank()
                        ? null
                        : DutchDates.parse(peildatum).orElseThrow(),
                source,
                toelichting == null || toelichting.isBlank() ? null : toelichting.strip());
    }
}
