package nl.ivbplanner.planimport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ivbplanner.common.DutchNumbers;
import nl.ivbplanner.framework.ThemeOption;
import nl.ivbplanner.kpi.Comparator;
import nl.ivbplanner.kpi.KpiFigures;
import nl.ivbplanner.kpi.KpiKind;
import nl.ivbplanner.kpi.KpiUnit;
import nl.ivbplanner.plan.ObjectiveChoices;
import nl.ivbplanner.plan.ObjectiveOption;
import nl.ivbplanner.planimport.ExportedSheet.SheetRow;
import nl.ivbplanner.planimport.KpiCells.Figure;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;

/**
 * Reads the KPI sheet's rows and checks each against the KPI form's rules and the plan's themes, every problem at its
 * cell. Unit and comparison are the translated names the export writes, in Dutch or English; the theme is printed as
 * the plan page prints it ('5.1. Veilige en leefbare dorpen').
 */
final class KpiRows {

    static final String ID = "export.kpi.id";
    static final String NAME = "export.kpi.name";
    static final String THEME = "export.kpi.theme";
    static final String UNIT = "export.kpi.unit";
    static final String UNIT_TEXT = "export.kpi.unit-text";
    static final String BASELINE = "export.kpi.baseline";
    static final String BASELINE_YEAR = "export.kpi.baseline-year";
    static final String COMPARATOR = "export.kpi.comparator";
    static final String TARGET = "export.kpi.target";
    static final String TARGET_YEAR = "export.kpi.target-year";

    /** The columns read; Metingen and Stand are derived from the measurements and left alone. */
    private static final List<String> COLUMNS =
            List.of(ID, NAME, THEME, UNIT, UNIT_TEXT, BASELINE, BASELINE_YEAR, COMPARATOR, TARGET, TARGET_YEAR);

    private static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH);

    // the database's lengths (kpi.name is text, the form allows 1000 characters)
    private static final int MAX_NAME = 1000;
    private static final int MAX_UNIT = 120;

    private final Map<Long, KpiFigures> stored = new HashMap<>();
    private final List<ThemeOption> themes;
    private final List<ObjectiveOption> objectives;
    private final List<ImportProblem> problems;
    private final KpiCells cells;
    private final Map<String, KpiUnit> units = new HashMap<>();
    private final Map<String, Comparator> comparators = new HashMap<>();
    private final String unitNames;
    private final Set<Long> ids = new HashSet<>();

    KpiRows(
            MessageSource messages,
            List<KpiFigures> stored,
            List<ThemeOption> themes,
            List<ObjectiveOption> objectives,
            List<ImportProblem> problems) {
        stored.forEach(kpi -> this.stored.put(kpi.id(), kpi));
        this.themes = themes;
        this.objectives = objectives;
        this.problems = problems;
        this.cells = new KpiCells(problems);
        for (Locale language : LANGUAGES) {
            for (KpiUnit unit : KpiUnit.values()) {
                units.putIfAbsent(
                        PlanWorkbookReader.normal(messages.getMessage("kpi.unit." + unit, null, language)), unit);
            }
            for (Comparator comparator : Comparator.values()) {
                comparators.putIfAbsent(
                        PlanWorkbookReader.normal(messages.getMessage("kpi.comparator." + comparator, null, language)),
                        comparator);
            }
        }
        this.unitNames = List.of(KpiUnit.values()).stream()
                .map(unit -> messages.getMessage("kpi.unit." + unit, null, LANGUAGES.get(0)))
                .collect(Collectors.joining(", "));
    }

    /** The export's KPI sheet, in Dutch or English; empty when the workbook has none. */
    static Optional<ExportedSheet> find(XSSFWorkbook workbook, MessageSource messages) {
        return ExportedSheet.find(workbook, messages, KpiSheetImport.SHEET, NAME, COLUMNS);
    }

    /** A KPI sheet without its column KPI, as a problem: such a sheet cannot be read. */
    static List<ImportProblem> unreadable(
            XSSFWorkbook workbook, MessageSource messages, Function<String, String> labels) {
        return ExportedSheet.unreadable(workbook, messages, KpiSheetImport.SHEET, NAME, COLUMNS).stream()
                .map(name -> ImportProblem.at(
                        SourcePlace.of(name), "import.problem.sheet.column-missing", labels.apply(NAME)))
                .toList();
    }

    /** The rows that keep the rules, in sheet order; a row with a problem is left out, its problems reported. */
    List<KpiRow> read(ExportedSheet sheet) {
        List<KpiRow> rows = new ArrayList<>();
        Map<Long, Integer> seen = new HashMap<>();
        for (SheetRow row : sheet.rows()) {
            int before = problems.size();
            KpiCells.Reference reference = cells.reference(row, ID, stored.keySet(), seen, "import.problem.kpi");
            if (reference.id() != null) {
                ids.add(reference.id());
            }
            KpiRow read = row(row, reference.id());
            if (problems.size() == before && !reference.wrong()) {
                rows.add(read);
            }
        }
        return rows;
    }

    /** The plan's KPIs some row names by its Kenmerk, also rows with a problem: none of these is missing. */
    Set<Long> ids() {
        return ids;
    }

    private KpiRow row(SheetRow row, Long id) {
        KpiFigures before = id == null ? null : stored.get(id);
        String name = cells.text(row, NAME, MAX_NAME);
        if (name == null && row.text(NAME) == null) {
            problems.add(ImportProblem.at(row.place(NAME), "import.problem.kpi.name-missing"));
        }
        ThemeOption theme = theme(row, before);
        String unitName = row.text(UNIT);
        KpiKind kind = unitName == null ? KpiKind.MILESTONE : KpiKind.NUMERIC;
        KpiUnit unitKind = unitName == null ? (before == null ? KpiUnit.COUNT : before.unitKind()) : unit(row);
        Comparator comparator = comparator(row);
        Figure baseline = cells.figure(row, BASELINE, before == null ? null : before.baselineText());
        Figure target = cells.figure(row, TARGET, before == null ? null : before.targetText());
        Integer baselineYear = cells.year(row, BASELINE_YEAR);
        Integer targetYear = cells.year(row, TARGET_YEAR);
        if (kind == KpiKind.MILESTONE) {
            milestone(row, comparator, baseline, target);
        } else if (target.number() != null && comparator == null && row.text(COMPARATOR) == null) {
            problems.add(ImportProblem.at(row.place(COMPARATOR), "kpi.form.comparator.required"));
        } else {
            direction(row, comparator, baseline.number(), target.number());
        }
        if (baselineYear != null && targetYear != null && targetYear < baselineYear) {
            problems.add(ImportProblem.at(
                    row.place(TARGET_YEAR),
                    "kpi.form.target-year.before-baseline",
                    targetYear.toString(),
                    baselineYear.toString()));
        }
        // the objective is not in the sheet and stays: it must belong to a new theme too
        boolean themeChanged = theme != null
                ? !theme.id().equals(before == null ? null : before.themeId())
                : row.text(THEME) == null && before != null && before.themeId() != null;
        if (themeChanged && before != null && before.objectiveId() != null) {
            ObjectiveChoices.problem(objectives, before.objectiveId(), theme == null ? null : theme.id())
                    .ifPresent(key -> problems.add(ImportProblem.at(
                            row.place(THEME),
                            theme == null
                                    ? "import.problem.kpi.objective-needs-theme"
                                    : "import.problem.kpi.objective-other-theme",
                            theme == null ? "" : label(theme))));
        }
        return new KpiRow(
                row.place(),
                id,
                name,
                theme == null ? null : theme.id(),
                theme == null ? null : label(theme),
                kind,
                unitKind == null ? KpiUnit.COUNT : unitKind,
                cells.text(row, UNIT_TEXT, MAX_UNIT),
                comparator,
                baseline,
                baselineYear,
                target,
                targetYear);
    }

    /** A milestone is a result in words: no comparison and no numbers (the database's rule). */
    private void milestone(SheetRow row, Comparator comparator, Figure baseline, Figure target) {
        if (comparator != null) {
            problems.add(ImportProblem.at(row.place(COMPARATOR), "import.problem.kpi.milestone-comparator"));
        }
        if (baseline.number() != null) {
            problems.add(ImportProblem.at(row.place(BASELINE), "import.problem.kpi.milestone-value"));
        }
        if (target.number() != null) {
            problems.add(ImportProblem.at(row.place(TARGET), "import.problem.kpi.milestone-value"));
        }
    }

    /** 'Daling' needs a target below the baseline, 'stijging' one above it, as the KPI form says. */
    private void direction(SheetRow row, Comparator comparator, BigDecimal baseline, BigDecimal target) {
        if (baseline == null || target == null) {
            return;
        }
        int difference = target.compareTo(baseline);
        if (comparator == Comparator.DECREASE && difference >= 0) {
            problems.add(ImportProblem.at(
                    row.place(TARGET),
                    "kpi.form.target.not-a-decrease",
                    DutchNumbers.format(target),
                    DutchNumbers.format(baseline)));
        } else if (comparator == Comparator.INCREASE && difference <= 0) {
            problems.add(ImportProblem.at(
                    row.place(TARGET),
                    "kpi.form.target.not-an-increase",
                    DutchNumbers.format(target),
                    DutchNumbers.format(baseline)));
        }
    }

    /**
     * The framework's theme the cell names: the KPI's own when the cell still names it, else the one theme of that
     * label, or of that name alone; sub-themes of different main themes may share a label ('A. Drugshandel').
     */
    private ThemeOption theme(SheetRow row, KpiFigures before) {
        String typed = row.text(THEME);
        if (typed == null) {
            return null;
        }
        String wanted = PlanWorkbookReader.normal(typed);
        List<ThemeOption> labelled = themes.stream()
                .filter(t -> PlanWorkbookReader.normal(label(t)).equals(wanted))
                .toList();
        Optional<ThemeOption> own = labelled.stream()
                .filter(t -> before != null && t.id().equals(before.themeId()))
                .findFirst();
        if (own.isPresent()) {
            return own.get();
        }
        List<ThemeOption> found = labelled.isEmpty()
                ? themes.stream()
                        .filter(t -> PlanWorkbookReader.normal(t.name()).equals(wanted))
                        .toList()
                : labelled;
        if (found.size() == 1) {
            return found.get(0);
        }
        problems.add(ImportProblem.at(
                row.place(THEME),
                found.isEmpty() ? "import.problem.theme.unknown" : "import.problem.kpi.theme-ambiguous",
                typed));
        return null;
    }

    private KpiUnit unit(SheetRow row) {
        KpiUnit unit = units.get(PlanWorkbookReader.normal(row.text(UNIT)));
        if (unit == null) {
            problems.add(
                    ImportProblem.at(row.place(UNIT), "import.problem.kpi.unit-unknown", row.text(UNIT), unitNames));
        }
        return unit;
    }

    private Comparator comparator(SheetRow row) {
        String typed = row.text(COMPARATOR);
        if (typed == null) {
            return null;
        }
        Comparator comparator = comparators.get(PlanWorkbookReader.normal(typed));
        if (comparator == null) {
            problems.add(ImportProblem.at(row.place(COMPARATOR), "import.problem.kpi.comparator-unknown", typed));
        }
        return comparator;
    }

    /** A theme as the KPI pages and the export print it: '5.1. Veilige en leefbare dorpen'. */
    private static String label(ThemeOption theme) {
        return theme.code() == null ? theme.name() : theme.code() + ". " + theme.name();
    }
}
