package nl.ivbplanner.planimport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.ivbplanner.common.DutchDates;
import nl.ivbplanner.kpi.KpiFigures;
import nl.ivbplanner.kpi.Reading;
import nl.ivbplanner.planimport.ExportedSheet.SheetRow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;

/**
 * Reads the measurement sheet's rows and checks each against the measurement form's rules, every problem at its cell.
 * A row belongs to the KPI it names: by the name the KPI sheet gives it, or its stored name; a row with a Kenmerk
 * stays with its own KPI. A milestone's value is Ja or Nee (or 1 or 0, as the export writes it).
 */
final class MeasurementRows {

    static final String ID = "export.measurement.id";
    static final String KPI = "export.kpi.name";
    static final String PERIOD = "export.measurement.period";
    static final String YEAR = "export.measurement.year";
    static final String VALUE = "export.measurement.value";
    static final String PEILDATUM = "export.kpi.peildatum";

    /** The columns read; 'Zoals gedrukt' is the value as the app prints it and left alone. */
    private static final List<String> COLUMNS = List.of(ID, KPI, PERIOD, YEAR, VALUE, PEILDATUM);

    private static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH);

    private static final int MAX_PERIOD = 40;

    // a year of the database's range standing on its own in the period, as the measurement form finds it
    private static final Pattern YEAR_IN_TEXT = Pattern.compile("(?<!\\d)(199\\d|20\\d\\d|2100)(?!\\d)");

    /**
     * A measurement as it will be stored, of a KPI of the plan ({@code kpiId}) or one the KPI sheet adds; its place is
     * its period's cell.
     */
    record MeasurementRow(
            SourcePlace place,
            Long id,
            Long kpiId,
            KpiRow newKpi,
            String kpiName,
            String period,
            Integer year,
            BigDecimal value,
            String valueText,
            LocalDate peildatum) {

        /** What a KPI has once (measurement_once_per_period_idx): the period without case or outer spaces, the year. */
        Object periodKey() {
            return List.of(
                    kpiId != null ? kpiId : newKpi, period.strip().toLowerCase(Locale.ROOT), year == null ? "" : year);
        }
    }

    /** A KPI a row may name: one of the plan's (id) or a new row of the KPI sheet. */
    private record Target(Long id, KpiRow newKpi, String name, boolean milestone) {

        Object key() {
            return id != null ? id : newKpi;
        }
    }

    private final Map<Long, Reading> readings = new HashMap<>();
    private final Map<Long, Target> readingTargets = new HashMap<>();
    private final Map<String, Map<Object, Target>> targetsByName = new HashMap<>();
    private final Map<String, BigDecimal> reached = new HashMap<>();
    private final List<ImportProblem> problems;
    private final KpiCells cells;
    private final LocalDate today;
    private final Set<Long> ids = new HashSet<>();

    MeasurementRows(
            MessageSource messages,
            List<KpiFigures> stored,
            List<KpiRow> kpiSheet,
            List<ImportProblem> problems,
            LocalDate today) {
        this.problems = problems;
        this.cells = new KpiCells(problems);
        this.today = today;
        Map<Long, KpiRow> sheetRows = new HashMap<>();
        kpiSheet.stream().filter(row -> row.id() != null).forEach(row -> sheetRows.put(row.id(), row));
        for (KpiFigures kpi : stored) {
            KpiRow row = sheetRows.get(kpi.id());
            Target target = row == null
                    ? new Target(kpi.id(), null, kpi.name(), kpi.milestone())
                    : new Target(kpi.id(), null, row.name(), row.milestone());
            name(kpi.name(), target);
            name(target.name(), target);
            kpi.series().forEach(reading -> {
                readings.put(reading.id(), reading);
                readingTargets.put(reading.id(), target);
            });
        }
        kpiSheet.stream()
                .filter(row -> row.id() == null)
                .forEach(row -> name(row.name(), new Target(null, row, row.name(), row.milestone())));
        for (Locale language : LANGUAGES) {
            reached.put(
                    PlanWorkbookReader.normal(messages.getMessage("measurement.reached.JA", null, language)),
                    BigDecimal.ONE);
            reached.put(
                    PlanWorkbookReader.normal(messages.getMessage("measurement.reached.NEE", null, language)),
                    BigDecimal.ZERO);
        }
        List.of("ja", "yes").forEach(word -> reached.put(word, BigDecimal.ONE));
        List.of("nee", "no").forEach(word -> reached.put(word, BigDecimal.ZERO));
    }

    private void name(String name, Target target) {
        targetsByName
                .computeIfAbsent(PlanWorkbookReader.normal(name), n -> new LinkedHashMap<>())
                .put(target.key(), target);
    }

    /** The export's measurement sheet, in Dutch or English; empty when the workbook has none. */
    static Optional<ExportedSheet> find(XSSFWorkbook workbook, MessageSource messages) {
        return ExportedSheet.find(workbook, messages, MeasurementSheetImport.SHEET, PERIOD, COLUMNS);
    }

    /** A measurement sheet without its column Periode, as a problem: such a sheet cannot be read. */
    static List<ImportProblem> unreadable(
            XSSFWorkbook workbook, MessageSource messages, Function<String, String> labels) {
        return ExportedSheet.unreadable(workbook, messages, MeasurementSheetImport.SHEET, PERIOD, COLUMNS).stream()
                .map(name -> ImportProblem.at(
                        SourcePlace.of(name), "import.problem.sheet.column-missing", labels.apply(PERIOD)))
                .toList();
    }

    /** A measured value as the plan page prints it: in the KPI's unit, Ja/Nee for a milestone, or as printed. */
    static String shown(KpiFigures kpi, BigDecimal value, String printed, Function<String, String> labels) {
        if (printed != null || value == null) {
            return printed;
        }
        return kpi.milestone()
                ? labels.apply(value.signum() > 0 ? "measurement.reached.JA" : "measurement.reached.NEE")
                : kpi.unitKind().format(value);
    }

    /** The rows that keep the rules, in sheet order; a row with a problem is left out, its problems reported. */
    List<MeasurementRow> read(ExportedSheet sheet) {
        List<MeasurementRow> rows = new ArrayList<>();
        Map<Long, Integer> seen = new HashMap<>();
        for (SheetRow row : sheet.rows()) {
            int before = problems.size();
            KpiCells.Reference reference =
                    cells.reference(row, ID, readings.keySet(), seen, "import.problem.measurement");
            if (reference.id() != null) {
                ids.add(reference.id());
            }
            MeasurementRow read = row(row, reference.id());
            if (problems.size() == before && !reference.wrong()) {
                rows.add(read);
            }
        }
        return rows;
    }

    /** The plan's measurements some row names by its Kenmerk, also rows with a problem: none of these is missing. */
    Set<Long> ids() {
        return ids;
    }

    /**
     * A KPI has one value per period and year: two rows may not say the same, nor a row what another measurement says
     * now. That one may be missing (it stays unless ticked), or change in the same import: the unique index is checked
     * row by row as they are written, so an exchange of two periods is done in two imports or on the KPI's page.
     */
    void periodsOnce(List<MeasurementRow> rows) {
        Map<Object, Long> storedOwners = new HashMap<>();
        readings.forEach((id, reading) -> storedOwners.put(
                List.of(
                        readingTargets.get(id).key(),
                        reading.period().strip().toLowerCase(Locale.ROOT),
                        reading.year() == null ? "" : reading.year()),
                id));
        Set<Object> taken = new HashSet<>();
        for (MeasurementRow row : rows) {
            Long owner = storedOwners.get(row.periodKey());
            if ((owner != null && !owner.equals(row.id())) || !taken.add(row.periodKey())) {
                problems.add(ImportProblem.at(
                        row.place(), "import.problem.measurement.period-taken", row.kpiName(), row.period()));
            }
        }
    }

    private MeasurementRow row(SheetRow row, Long id) {
        Reading stored = id == null ? null : readings.get(id);
        Target target = target(row, id);
        String period = cells.text(row, PERIOD, MAX_PERIOD);
        if (row.text(PERIOD) == null) {
            problems.add(ImportProblem.at(row.place(PERIOD), "measurement.form.period.required"));
        }
        Integer typedYear = cells.year(row, YEAR);
        List<Integer> periodYears = period == null
                ? List.of()
                : YEAR_IN_TEXT
                        .matcher(period)
                        .results()
                        .map(m -> Integer.valueOf(m.group()))
                        .distinct()
                        .toList();
        // as the measurement form: the year typed, or else the one year the period names
        Integer year = typedYear != null ? typedYear : periodYears.size() == 1 ? periodYears.get(0) : null;
        BigDecimal value = null;
        String valueText = null;
        String typedValue = row.text(VALUE);
        boolean milestone = target != null && target.milestone();
        if (typedValue == null) {
            if (stored != null && stored.valueText() != null) {
                valueText = stored.valueText(); // a value only as printed ('rond de 565'), left as it was
            } else if (target != null) {
                problems.add(ImportProblem.at(
                        row.place(VALUE),
                        milestone ? "measurement.form.reached.required" : "measurement.form.value.required"));
            }
        } else if (milestone && reached.containsKey(PlanWorkbookReader.normal(typedValue))) {
            value = reached.get(PlanWorkbookReader.normal(typedValue));
        } else {
            value = cells.number(row, VALUE);
            if (value != null && stored != null && stored.value() != null && value.compareTo(stored.value()) == 0) {
                valueText = stored.valueText(); // the printed wording of this very number stays
            }
        }
        LocalDate peildatum = peildatum(row); // after the value: problems come in the order of the columns
        MeasurementRow read = new MeasurementRow(
                row.place(PERIOD),
                id,
                target == null ? null : target.id(),
                target == null ? null : target.newKpi(),
                target == null ? null : target.name(),
                period,
                year,
                value,
                valueText,
                peildatum);
        if (stored == null || changed(stored, read)) {
            rules(row, read, milestone, typedYear, periodYears);
        }
        return read;
    }

    /** The measurement form's rules between fields, for a new or changed row (a stored one is as it was entered). */
    private void rules(
            SheetRow row, MeasurementRow read, boolean milestone, Integer typedYear, List<Integer> periodYears) {
        if (milestone
                && read.value() != null
                && read.value().compareTo(BigDecimal.ONE) != 0
                && read.value().signum() != 0) {
            problems.add(ImportProblem.at(row.place(VALUE), "import.problem.measurement.reached", row.text(VALUE)));
        }
        if (typedYear != null && !periodYears.isEmpty() && !periodYears.contains(typedYear)) {
            problems.add(ImportProblem.at(
                    row.place(PERIOD),
                    "measurement.form.period.other-year",
                    periodYears.stream().map(String::valueOf).collect(Collectors.joining(" en ")),
                    typedYear.toString()));
        }
        if (read.year() == null && read.peildatum() == null && row.text(YEAR) == null && row.text(PEILDATUM) == null) {
            problems.add(ImportProblem.at(row.place(YEAR), "measurement.form.year.required"));
        } else if (read.year() != null && read.year() > today.getYear()) {
            problems.add(ImportProblem.at(row.place(YEAR), "measurement.form.year.future"));
        }
        if (read.peildatum() != null && read.peildatum().isAfter(today)) {
            problems.add(ImportProblem.at(row.place(PEILDATUM), "measurement.form.peildatum.future"));
        }
    }

    private static boolean changed(Reading stored, MeasurementRow read) {
        return !stored.period().strip().equals(read.period())
                || !Objects.equals(stored.year(), read.year())
                || (stored.value() == null
                        ? read.value() != null
                        : read.value() == null || stored.value().compareTo(read.value()) != 0)
                || !Objects.equals(stored.valueText(), read.valueText())
                || !Objects.equals(stored.peildatum(), read.peildatum());
    }

    /**
     * The KPI of the row: a stored measurement's own (the KPI column may name it by its old or new name, not another
     * KPI: a measurement does not move), else the one KPI of the name the row gives.
     */
    private Target target(SheetRow row, Long id) {
        String name = row.text(KPI);
        Map<Object, Target> named =
                name == null ? Map.of() : targetsByName.getOrDefault(PlanWorkbookReader.normal(name), Map.of());
        if (id != null) {
            Target own = readingTargets.get(id);
            if (name != null && !named.containsKey(own.key())) {
                problems.add(
                        ImportProblem.at(row.place(KPI), "import.problem.measurement.other-kpi", name, own.name()));
            }
            return own;
        }
        if (name == null) {
            problems.add(ImportProblem.at(row.place(KPI), "import.problem.measurement.kpi-missing"));
            return null;
        }
        if (named.size() != 1) {
            problems.add(ImportProblem.at(
                    row.place(KPI),
                    named.isEmpty()
                            ? "import.problem.measurement.kpi-unknown"
                            : "import.problem.measurement.kpi-ambiguous",
                    name));
            return null;
        }
        return named.values().iterator().next();
    }

    private LocalDate peildatum(SheetRow row) {
        LocalDate date = row.date(PEILDATUM);
        String typed = row.text(PEILDATUM);
        if (date != null || typed == null) {
            return date;
        }
        Optional<LocalDate> parsed = typed.matches(DutchDates.PATTERN) ? DutchDates.parse(typed) : Optional.empty();
        if (parsed.isEmpty()) {
            problems.add(ImportProblem.at(row.place(PEILDATUM), "import.problem.measurement.date", typed));
        }
        return parsed.orElse(null);
    }
}
