package nl.ivbplanner.planimport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.ivbplanner.framework.ThemeRepository;
import nl.ivbplanner.kpi.ImportedKpis;
import nl.ivbplanner.kpi.Kpi;
import nl.ivbplanner.kpi.KpiFigures;
import nl.ivbplanner.kpi.KpiFiguresQueries;
import nl.ivbplanner.plan.ObjectiveChoices;
import nl.ivbplanner.plan.PlanHeader;
import nl.ivbplanner.planimport.ImportPreview.FieldChange;
import nl.ivbplanner.planimport.ImportPreview.Missing;
import nl.ivbplanner.planimport.SheetChanges.Line;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The sheet KPI's: a row with a Kenmerk changes that KPI of the plan, a row without one adds a KPI, and the plan's
 * KPIs the sheet no longer has are listed for removal. The columns Metingen and Stand follow from the measurements
 * (their own sheet) and are not read. Each row keeps the rules of the KPI form, reported at its cell.
 */
@Component
@Order(KpiSheetImport.ORDER)
class KpiSheetImport implements SheetImport {

    /** Before the measurements, whose new rows may name a KPI this sheet adds. */
    static final int ORDER = 10;

    static final String SHEET = "export.sheet.kpis";

    private final MessageSource messages;
    private final KpiFiguresQueries figures;
    private final ThemeRepository themes;
    private final ObjectiveChoices objectives;
    private final ImportedKpis imported;

    KpiSheetImport(
            MessageSource messages,
            KpiFiguresQueries figures,
            ThemeRepository themes,
            ObjectiveChoices objectives,
            ImportedKpis imported) {
        this.messages = messages;
        this.figures = figures;
        this.themes = themes;
        this.objectives = objectives;
        this.imported = imported;
    }

    @Override
    public List<String> sheetKeys() {
        return List.of(SHEET);
    }

    @Override
    public SheetChanges compare(XSSFWorkbook workbook, PlanHeader plan, Function<String, String> labels) {
        Optional<ExportedSheet> sheet = KpiRows.find(workbook, messages);
        if (sheet.isEmpty()) {
            List<ImportProblem> unreadable = KpiRows.unreadable(workbook, messages, labels);
            return SheetChanges.none("kpi", SHEET, unreadable);
        }
        List<KpiFigures> stored = figures.ofPlan(plan.planId());
        List<ImportProblem> problems = new ArrayList<>();
        KpiRows reader = new KpiRows(
                messages,
                stored,
                themes.findOptions(plan.frameworkId()),
                objectives.forPlan(plan.planId(), plan.frameworkId()),
                problems);
        List<KpiRow> rows = reader.read(sheet.get());
        // a row with a problem still names its KPI: that one is not missing
        Set<Long> seen = new LinkedHashSet<>(reader.ids());

        Map<Long, KpiFigures> byId = new HashMap<>();
        stored.forEach(kpi -> byId.put(kpi.id(), kpi));
        List<Line> added = new ArrayList<>();
        List<Line> changed = new ArrayList<>();
        List<KpiRow> toAdd = new ArrayList<>();
        List<KpiRow> toChange = new ArrayList<>();
        int unchanged = 0;
        for (KpiRow row : rows) {
            if (row.id() == null) {
                added.add(new Line(row.place(), null, row.name(), List.of()));
                toAdd.add(row);
                continue;
            }
            List<FieldChange> changes = changes(byId.get(row.id()), row, labels);
            if (changes.isEmpty()) {
                unchanged++;
            } else {
                changed.add(new Line(row.place(), row.id(), row.name(), changes));
                toChange.add(row);
            }
        }
        List<Missing> missing = stored.stream()
                .filter(kpi -> !seen.contains(kpi.id()))
                .map(kpi -> new Missing(kpi.id(), kpi.name()))
                .toList();
        names(rows, stored, sheet.get(), problems);
        return new SheetChanges(
                "kpi", SHEET, added, changed, unchanged, missing, List.copyOf(problems), (target, remove) -> {
                    Map<Long, Kpi> kpis = imported.of(target);
                    for (KpiRow row : toChange) {
                        Kpi kpi = kpis.get(row.id());
                        imported.revise(target, kpi, row.definition(kpi.getObjectiveId(), kpi.getSource()));
                    }
                    for (KpiRow row : toAdd) {
                        imported.add(target, row.definition(null, null));
                    }
                    imported.remove(target, kpis, remove);
                });
    }

    /**
     * A plan names each KPI once per unit (the KPI form's rule, and a unique index): two rows of the sheet may not, nor
     * a row what another KPI is called now. That one may be missing (it stays unless ticked), or be renamed in the same
     * import: the unique index is checked row by row as they are written, so an exchange of two names is done in two
     * imports or on the KPI pages.
     */
    private static void names(
            List<KpiRow> rows, List<KpiFigures> stored, ExportedSheet sheet, List<ImportProblem> problems) {
        Map<String, Long> storedOwners = new HashMap<>();
        stored.forEach(kpi -> storedOwners.put(KpiRow.nameKey(kpi.name(), kpi.unitKind(), kpi.unitText()), kpi.id()));
        Set<String> taken = new HashSet<>();
        for (KpiRow row : rows) {
            Long owner = storedOwners.get(row.nameKey());
            if ((owner != null && !owner.equals(row.id())) || !taken.add(row.nameKey())) {
                problems.add(ImportProblem.at(
                        row.place().column(sheet.header(KpiRows.NAME)), "import.problem.kpi.name-taken", row.name()));
            }
        }
    }

    /** Each field that differs, as the plan page prints it in the user's language. */
    private static List<FieldChange> changes(KpiFigures before, KpiRow row, Function<String, String> labels) {
        List<FieldChange> changes = new ArrayList<>();
        field(changes, KpiRows.NAME, stripped(before.name()), row.name());
        if (!Objects.equals(before.themeId(), row.themeId())) {
            changes.add(new FieldChange(KpiRows.THEME, before.theme(), row.themeLabel()));
        }
        field(changes, KpiRows.UNIT, unit(before, labels), row.unitLabel(labels));
        field(changes, KpiRows.UNIT_TEXT, stripped(before.unitText()), row.unit());
        field(changes, KpiRows.BASELINE, before.baseline(), row.baselineShown());
        field(changes, KpiRows.BASELINE_YEAR, year(before.baselineYear()), year(row.baselineYear()));
        field(
                changes,
                KpiRows.COMPARATOR,
                before.comparator() == null ? null : labels.apply("kpi.comparator." + before.comparator()),
                row.comparator() == null ? null : labels.apply("kpi.comparator." + row.comparator()));
        field(
                changes,
                KpiRows.TARGET,
                before.targetNumber() != null ? before.targetNumber() : before.targetText(),
                row.targetShown());
        field(changes, KpiRows.TARGET_YEAR, year(before.targetYear()), year(row.targetYear()));
        return changes;
    }

    private static String unit(KpiFigures kpi, Function<String, String> labels) {
        return kpi.milestone() ? null : labels.apply("kpi.unit." + kpi.unitKind());
    }

    /** Stored texts as the sheet reads them back: without outer spaces, empty as none. */
    private static String stripped(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String year(Integer year) {
        return year == null ? null : year.toString();
    }

    private static void field(List<FieldChange> changes, String labelKey, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(labelKey, before, after));
        }
    }
}
