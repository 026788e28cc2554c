package nl.ivbplanner.planimport;

import java.math.BigDecimal;
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
import nl.ivbplanner.common.DutchNumbers;
import nl.ivbplanner.formation.CapacityOrganisation;
import nl.ivbplanner.formation.ImportedCapacityLines;
import nl.ivbplanner.plan.PlanHeader;
import nl.ivbplanner.planimport.ImportPreview.FieldChange;
import nl.ivbplanner.planimport.ImportPreview.Missing;
import nl.ivbplanner.planimport.PlanTableQueries.StoredCapacityLine;
import nl.ivbplanner.planimport.SheetChanges.Line;
import nl.ivbplanner.planimport.TableTitles.Target;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The formation sheet (Formatie): each row with a Kenmerk updates that line's group, function, organisation, fte and
 * whether it is part of a total line; a row without one is a new line in the table its Tabel names; the plan's lines
 * the sheet no longer has are removed only when ticked. The rules are the formation line form's: a function, fte of
 * at least zero with at most two decimals, one of the organisations (a blank one counts as the municipality's own
 * staff). A part belongs to a total line of its own table and organisation, one level deep: a row marked as part
 * stays with the total line it has while that line is still in the sheet, in the same table and no part itself;
 * otherwise it belongs to the nearest row above it in its table that is no part, as a printed 'totaal, waarvan' table
 * reads. A line keeps its remark, which the sheet does not show. The sheet 'Formatie totalen' is not read: the app
 * calculates the totals.
 */
@Component
class FormationSheetImport implements SheetImport {

    static final String CODE = "formatie";

    private static final String SHEET = "export.sheet.capacity";
    private static final String ID = "export.capacity.id";
    private static final String TABLE = "export.capacity.table";
    private static final String GROUP = "export.capacity.group";
    private static final String FUNCTION = "export.capacity.function";
    private static final String ORGANISATION = "export.capacity.organisation";
    private static final String PART = "export.capacity.part";
    private static final String EXISTING = "export.capacity.existing";
    private static final String ADDED = "export.capacity.added";

    // as the formation line form allows: numeric(8, 2), at least zero
    private static final DutchNumbers.Limits FTE = new DutchNumbers.Limits(false, new BigDecimal("999999.99"));
    private static final int MAX_GROUP = 200;
    private static final int MAX_FUNCTION = 300;

    private final PlanTableSheet.Kind kind;
    private final Map<String, CapacityOrganisation> organisations = new HashMap<>();
    private final Set<String> yes = new HashSet<>();
    private final PlanTableQueries queries;
    private final ImportedCapacityLines formation;

    FormationSheetImport(MessageSource messages, PlanTableQueries queries, ImportedCapacityLines formation) {
        this.kind = new PlanTableSheet.Kind(
                messages, SHEET, ID, List.of(ID, TABLE, GROUP, FUNCTION, ORGANISATION, PART, EXISTING, ADDED));
        for (Locale language : PlanTableSheet.LANGUAGES) {
            for (CapacityOrganisation organisation : CapacityOrganisation.values()) {
                organisations.putIfAbsent(
                        PlanWorkbookReader.normal(messages.getMessage(organisationKey(organisation), null, language)),
                        organisation);
            }
            yes.add(PlanWorkbookReader.normal(messages.getMessage("export.capacity.part.yes", null, language)));
        }
        this.queries = queries;
        this.formation = formation;
    }

    @Override
    public List<String> sheetKeys() {
        return List.of(SHEET);
    }

    /** A line as the sheet states it, with what the plan has where the sheet lacks a column. */
    private record Read(
            String group, String function, CapacityOrganisation organisation, BigDecimal existing, BigDecimal added) {

        ImportedCapacityLines.Line line() {
            return new ImportedCapacityLines.Line(group, function, existing, added, organisation);
        }
    }

    /**
     * A readable row: its stored line (null when new), its table, what it states (null when that breaks a rule) and
     * whether it is marked as a part (null when that cell is a problem).
     */
    private record Entry(PlanTableSheet.Row row, StoredCapacityLine before, Target table, Read read, Boolean part) {}

    /** The line a part belongs to: a row of the sheet (stored or new) or, when the sheet has no part column, a stored line. */
    private record Total(Entry entry, Long storedId) {

        Long id() {
            return entry != null ? entry.row().id() : storedId;
        }

        /** The row of a new total line, which the writer adds before its parts. */
        Integer newRow() {
            return entry != null && entry.row().id() == null ? entry.row().number : null;
        }
    }

    @Override
    public SheetChanges compare(XSSFWorkbook workbook, PlanHeader plan, Function<String, String> labels) {
        PlanTableSheet sheet = kind.in(workbook, labels);
        if (sheet == null) {
            return SheetChanges.none(CODE, SHEET, List.of());
        }
        Map<Long, StoredCapacityLine> stored = new LinkedHashMap<>();
        queries.capacityLines(plan.planId()).forEach(line -> stored.put(line.id(), line));
        TableTitles tables = new TableTitles(queries.capacityTables(plan.planId()));
        List<ImportProblem> problems = new ArrayList<>();
        List<PlanTableSheet.Row> rows = sheet.matchableRows(problems, !stored.isEmpty());

        Set<Long> inSheet = new HashSet<>();
        List<Entry> entries = new ArrayList<>();
        for (PlanTableSheet.Row row : rows) {
            Optional<PlanTableSheet.Matched<StoredCapacityLine>> match = sheet.match(row, stored, inSheet, problems);
            if (match.isEmpty()) {
                continue;
            }
            StoredCapacityLine before = match.get().before();
            Read read = read(sheet, row, before, problems);
            Boolean part = part(sheet, row, before, problems);
            Target table = before == null
                    ? tables.forNewRow(sheet, row, TABLE, problems)
                    : tables.keeps(row, TABLE, before.tableId(), problems)
                            ? new Target(before.tableId(), tables.title(before.tableId()))
                            : null;
            if (table != null) {
                entries.add(new Entry(row, before, table, read, part));
            }
        }

        List<Line> added = new ArrayList<>();
        List<Line> changed = new ArrayList<>();
        List<ImportedCapacityLines.Row> writes = new ArrayList<>();
        int unchanged = 0;
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            Total total = sheet.has(PART)
                    ? total(entries, i, sheet, labels, problems)
                    : new Total(
                            null, entry.before() == null ? null : entry.before().partOfId());
            if (entry.read() == null || entry.part() == null || total == null) {
                continue;
            }
            ImportedCapacityLines.Row write = new ImportedCapacityLines.Row(
                    entry.row().number,
                    entry.row().id(),
                    entry.table().id(),
                    entry.table().title(),
                    entry.read().line(),
                    total.newRow() == null ? total.id() : null,
                    total.newRow());
            if (entry.before() == null) {
                added.add(new Line(
                        entry.row().place(FUNCTION),
                        null,
                        TableTitles.label(entry.table(), entry.read().function(), labels),
                        List.of()));
                writes.add(write);
            } else {
                List<FieldChange> changes = changes(entry.before(), entry.read(), total, stored, labels);
                if (changes.isEmpty()) {
                    unchanged++;
                } else {
                    changed.add(new Line(
                            entry.row().place(FUNCTION),
                            entry.row().id(),
                            entry.table().title() + ": " + entry.read().function(),
                            changes));
                    writes.add(write);
                }
            }
        }
        List<Missing> missing = stored.values().stream()
                .filter(line -> !inSheet.contains(line.id()))
                .map(line -> new Missing(line.id(), tables.title(line.tableId()) + ": " + line.functionName()))
                .toList();
        return new SheetChanges(
                CODE,
                SHEET,
                List.copyOf(added),
                List.copyOf(changed),
                unchanged,
                missing,
                List.copyOf(problems),
                (planToWrite, remove) -> formation.write(planToWrite, writes, remove));
    }

    /**
     * The line the entry at {@code index} is part of: none when it is no part; the total line it has while that is
     * still a row of its table and no part; else the nearest such row above it. Null when there is none, or when it
     * counts another organisation's staff, each a problem at the part cell; null too when the entry's own part cell
     * or its total line has a problem.
     */
    private Total total(
            List<Entry> entries,
            int index,
            PlanTableSheet sheet,
            Function<String, String> labels,
            List<ImportProblem> problems) {
        Entry entry = entries.get(index);
        if (entry.part() == null) {
            return null;
        }
        if (!entry.part()) {
            return new Total(null, null);
        }
        Long storedTotal = entry.before() == null ? null : entry.before().partOfId();
        Entry total = entries.stream()
                .filter(other ->
                        storedTotal != null && storedTotal.equals(other.row().id()) && isTotalFor(other, entry))
                .findFirst()
                .orElse(null);
        for (int i = index - 1; total == null && i >= 0; i--) {
            if (isTotalFor(entries.get(i), entry)) {
                total = entries.get(i);
            }
        }
        PlanTableSheet.Row row = entry.row();
        if (total != null && total.read() == null) {
            return null; // the total line's own problems come first
        }
        if (total == null) {
            problems.add(ImportProblem.at(
                    row.place(PART),
                    "import.problem.capacity.part.no-total",
                    entry.table().title(),
                    sheet.header(PART)));
            return null;
        }
        if (entry.read() != null && entry.read().organisation() != total.read().organisation()) {
            problems.add(ImportProblem.at(
                    row.place(PART),
                    "import.problem.capacity.part.organisation",
                    labels.apply(organisationKey(entry.read().organisation())),
                    total.read().function(),
                    labels.apply(organisationKey(total.read().organisation()))));
            return null;
        }
        return new Total(total, null);
    }

    /** Whether a row may hold the part: a row of the same table that is no part itself. */
    private static boolean isTotalFor(Entry total, Entry part) {
        return total != part
                && Boolean.FALSE.equals(total.part())
                && total.table().equals(part.table());
    }

    /**
     * The row's line, with the stored line's values for the columns the sheet lacks; null when a value breaks the
     * line's rules, each such value a problem at its cell.
     */
    private Read read(
            PlanTableSheet sheet, PlanTableSheet.Row row, StoredCapacityLine before, List<ImportProblem> problems) {
        int known = problems.size();
        String group = sheet.has(GROUP) ? row.text(GROUP) : before == null ? null : shown(before.groupName());
        row.fits(GROUP, group, MAX_GROUP, problems);
        String function =
                sheet.has(FUNCTION) ? row.text(FUNCTION) : before == null ? null : shown(before.functionName());
        if (function == null) {
            problems.add(ImportProblem.at(
                    row.place(FUNCTION), "import.problem.capacity.function-missing", sheet.header(FUNCTION)));
        } else {
            row.fits(FUNCTION, function, MAX_FUNCTION, problems);
        }
        CapacityOrganisation organisation = organisation(sheet, row, before, problems);
        BigDecimal existing = fte(sheet, row, EXISTING, before == null ? null : before.fteExisting(), problems);
        BigDecimal added = fte(sheet, row, ADDED, before == null ? null : before.fteAdded(), problems);
        return problems.size() > known ? null : new Read(group, function, organisation, existing, added);
    }

    /** By its name in Dutch or English; an empty cell counts as the municipality's own staff, as on the line form. */
    private CapacityOrganisation organisation(
            PlanTableSheet sheet, PlanTableSheet.Row row, StoredCapacityLine before, List<ImportProblem> problems) {
        if (!sheet.has(ORGANISATION)) {
            return before == null ? CapacityOrganisation.MUNICIPALITY : before.organisation();
        }
        String written = row.text(ORGANISATION);
        if (written == null) {
            return CapacityOrganisation.MUNICIPALITY;
        }
        CapacityOrganisation organisation = organisations.get(PlanWorkbookReader.normal(written));
        if (organisation == null) {
            problems.add(
                    ImportProblem.at(row.place(ORGANISATION), "import.problem.capacity.organisation.unknown", written));
        }
        return organisation;
    }

    /** 'ja' (or 'yes') or empty; null when the cell says something else, which is a problem. */
    private Boolean part(
            PlanTableSheet sheet, PlanTableSheet.Row row, StoredCapacityLine before, List<ImportProblem> problems) {
        if (!sheet.has(PART)) {
            return before != null && before.partOfId() != null;
        }
        String written = row.text(PART);
        if (written == null) {
            return false;
        }
        if (yes.contains(PlanWorkbookReader.normal(written))) {
            return true;
        }
        problems.add(ImportProblem.at(row.place(PART), "import.problem.capacity.part.invalid", written));
        return null;
    }

    private static BigDecimal fte(
            PlanTableSheet sheet, PlanTableSheet.Row row, String key, BigDecimal before, List<ImportProblem> problems) {
        if (!sheet.has(key)) {
            return before;
        }
        try {
            return row.number(key, FTE);
        } catch (DutchNumbers.InvalidNumberException invalid) {
            problems.add(ImportProblem.at(
                    row.place(key),
                    PlanTableSheet.numberProblem("import.problem.capacity.fte.", invalid.problem()),
                    row.written(key)));
            return null;
        }
    }

    private static List<FieldChange> changes(
            StoredCapacityLine before,
            Read after,
            Total total,
            Map<Long, StoredCapacityLine> stored,
            Function<String, String> labels) {
        List<FieldChange> changes = new ArrayList<>();
        text(changes, GROUP, shown(before.groupName()), after.group());
        text(changes, FUNCTION, shown(before.functionName()), after.function());
        if (before.organisation() != after.organisation()) {
            changes.add(new FieldChange(
                    ORGANISATION,
                    labels.apply(organisationKey(before.organisation())),
                    labels.apply(organisationKey(after.organisation()))));
        }
        if (total.newRow() != null || !Objects.equals(before.partOfId(), total.id())) {
            StoredCapacityLine was = before.partOfId() == null ? null : stored.get(before.partOfId());
            changes.add(new FieldChange(
                    PART,
                    was == null ? null : shown(was.functionName()),
                    total.entry() == null ? null : total.entry().read().function()));
        }
        fte(changes, EXISTING, before.fteExisting(), after.existing());
        fte(changes, ADDED, before.fteAdded(), after.added());
        return changes;
    }

    private static void text(List<FieldChange> changes, String key, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(key, before, after));
        }
    }

    /** Fte compared as numbers: 1,8 is 1,80. */
    private static void fte(List<FieldChange> changes, String key, BigDecimal before, BigDecimal after) {
        if (before == null ? after != null : after == null || before.compareTo(after) != 0) {
            changes.add(new FieldChange(
                    key, DutchNumbers.formatTwoDecimals(before), DutchNumbers.formatTwoDecimals(after)));
        }
    }

    private static String organisationKey(CapacityOrganisation organisation) {
        return "capacity.organisation." + organisation;
    }

    private static String shown(String stored) {
        return PlanTableSheet.shown(stored);
    }
}
