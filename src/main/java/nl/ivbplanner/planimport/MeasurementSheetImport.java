package nl.ivbplanner.planimport;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.ivbplanner.common.DutchDates;
import nl.ivbplanner.framework.ThemeRepository;
import nl.ivbplanner.kpi.ImportedKpis;
import nl.ivbplanner.kpi.Kpi;
import nl.ivbplanner.kpi.KpiFigures;
import nl.ivbplanner.kpi.KpiFiguresQueries;
import nl.ivbplanner.kpi.Measurement;
import nl.ivbplanner.kpi.Reading;
import nl.ivbplanner.plan.ObjectiveChoices;
import nl.ivbplanner.plan.PlanHeader;
import nl.ivbplanner.planimport.ImportPreview.FieldChange;
import nl.ivbplanner.planimport.ImportPreview.Missing;
import nl.ivbplanner.planimport.MeasurementRows.MeasurementRow;
import nl.ivbplanner.planimport.SheetChanges.Line;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The sheet Metingen: a row with a Kenmerk changes that measurement's period, year, value or peildatum, a row without
 * one adds a measurement to the KPI it names (one of the plan's, or one the KPI sheet adds), and the measurements the
 * sheet no longer has are listed for removal. The column 'Zoals gedrukt' follows from the value and is not read.
 * Written after the KPI sheet, so that a new measurement finds a new KPI; a measurement of a KPI the same import
 * removes goes with its KPI.
 */
@Component
@Order(KpiSheetImport.ORDER + 1)
class MeasurementSheetImport implements SheetImport {

    static final String SHEET = "export.sheet.measurements";

    private final MessageSource messages;
    private final KpiFiguresQueries figures;
    private final ThemeRepository themes;
    private final ObjectiveChoices objectives;
    private final ImportedKpis imported;
    private final Clock clock;

    MeasurementSheetImport(
            MessageSource messages,
            KpiFiguresQueries figures,
            ThemeRepository themes,
            ObjectiveChoices objectives,
            ImportedKpis imported,
            Clock clock) {
        this.messages = messages;
        this.figures = figures;
        this.themes = themes;
        this.objectives = objectives;
        this.imported = imported;
        this.clock = clock;
    }

    @Override
    public List<String> sheetKeys() {
        return List.of(SHEET);
    }

    @Override
    public SheetChanges compare(XSSFWorkbook workbook, PlanHeader plan, Function<String, String> labels) {
        Optional<ExportedSheet> sheet = MeasurementRows.find(workbook, messages);
        if (sheet.isEmpty()) {
            List<ImportProblem> unreadable = MeasurementRows.unreadable(workbook, messages, labels);
            return SheetChanges.none("meting", SHEET, unreadable);
        }
        List<KpiFigures> stored = figures.ofPlan(plan.planId());
        // the KPI sheet's own problems are reported by its import; here it only says which KPIs there will be
        List<KpiRow> kpiRows = KpiRows.find(workbook, messages)
                .map(kpiSheet -> new KpiRows(
                                messages,
                                stored,
                                themes.findOptions(plan.frameworkId()),
                                objectives.forPlan(plan.planId(), plan.frameworkId()),
                                new ArrayList<>())
                        .read(kpiSheet))
                .orElse(List.of());
        List<ImportProblem> problems = new ArrayList<>();
        MeasurementRows reader = new MeasurementRows(messages, stored, kpiRows, problems, LocalDate.now(clock));
        List<MeasurementRow> rows = reader.read(sheet.get());

        Map<Long, Reading> readings = new HashMap<>();
        Map<Long, KpiFigures> kpiOf = new HashMap<>();
        stored.forEach(kpi -> kpi.series().forEach(reading -> {
            readings.put(reading.id(), reading);
            kpiOf.put(reading.id(), kpi);
        }));
        List<Line> added = new ArrayList<>();
        List<Line> changed = new ArrayList<>();
        List<MeasurementRow> toAdd = new ArrayList<>();
        List<MeasurementRow> toChange = new ArrayList<>();
        int unchanged = 0;
        for (MeasurementRow row : rows) {
            String label = row.kpiName() + ": " + row.period();
            if (row.id() == null) {
                added.add(new Line(row.place(), null, label, List.of()));
                toAdd.add(row);
                continue;
            }
            List<FieldChange> changes = changes(readings.get(row.id()), kpiOf.get(row.id()), row, labels);
            if (changes.isEmpty()) {
                unchanged++;
            } else {
                changed.add(new Line(row.place(), row.id(), label, changes));
                toChange.add(row);
            }
        }
        Set<Long> seen = new LinkedHashSet<>(reader.ids());
        List<Missing> missing = new ArrayList<>();
        for (KpiFigures kpi : stored) {
            kpi.series().stream()
                    .filter(reading -> !seen.contains(reading.id()))
                    .forEach(reading -> missing.add(new Missing(reading.id(), kpi.name() + ": " + reading.period())));
        }
        reader.periodsOnce(rows);
        return new SheetChanges(
                "meting", SHEET, added, changed, unchanged, missing, List.copyOf(problems), (target, remove) -> {
                    Map<Long, Kpi> kpis = imported.of(target);
                    Map<Long, Measurement> measurements = imported.measurementsOf(target);
                    for (MeasurementRow row : toChange) {
                        Measurement measurement = measurements.get(row.id());
                        if (measurement != null) { // else it went with its KPI, removed by the same import
                            imported.correctMeasurement(
                                    target,
                                    measurement,
                                    row.period(),
                                    row.year(),
                                    row.value(),
                                    row.valueText(),
                                    row.peildatum());
                        }
                    }
                    for (MeasurementRow row : toAdd) {
                        kpi(kpis, row)
                                .ifPresent(kpi -> imported.addMeasurement(
                                        target, kpi, row.period(), row.year(), row.value(), row.peildatum()));
                    }
                    imported.removeMeasurements(
                            target,
                            measurements,
                            remove.stream().filter(measurements::containsKey).toList());
                });
    }

    /** The KPI a new measurement belongs to: the plan's, or the one the KPI sheet added by that name and unit. */
    private static Optional<Kpi> kpi(Map<Long, Kpi> kpis, MeasurementRow row) {
        if (row.kpiId() != null) {
            return Optional.ofNullable(kpis.get(row.kpiId()));
        }
        String key = row.newKpi().nameKey();
        return kpis.values().stream()
                .filter(kpi -> KpiRow.nameKey(kpi.getName(), kpi.getUnitKind(), kpi.getUnit())
                        .equals(key))
                .findFirst();
    }

    private static List<FieldChange> changes(
            Reading before, KpiFigures kpi, MeasurementRow row, Function<String, String> labels) {
        List<FieldChange> changes = new ArrayList<>();
        field(changes, "export.measurement.period", before.period().strip(), row.period());
        field(changes, "export.measurement.year", year(before.year()), year(row.year()));
        if (!sameNumber(before.value(), row.value()) || !Objects.equals(before.valueText(), row.valueText())) {
            changes.add(new FieldChange(
                    "export.measurement.value",
                    MeasurementRows.shown(kpi, before.value(), before.valueText(), labels),
                    MeasurementRows.shown(kpi, row.value(), row.valueText(), labels)));
        }
        field(changes, "export.kpi.peildatum", date(before.peildatum()), date(row.peildatum()));
        return changes;
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String year(Integer year) {
        return year == null ? null : year.toString();
    }

    private static String date(LocalDate date) {
        return date == null ? null : DutchDates.FORMAT.format(date);
    }

    private static void field(List<FieldChange> changes, String labelKey, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(labelKey, before, after));
        }
    }
}
