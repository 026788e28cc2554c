package nl.ivbplanner.planimport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import nl.ivbplanner.budget.ImportedBudgetLines;
import nl.ivbplanner.common.DutchNumbers;
import nl.ivbplanner.plan.PlanHeader;
import nl.ivbplanner.planimport.ImportPreview.FieldChange;
import nl.ivbplanner.planimport.ImportPreview.Missing;
import nl.ivbplanner.planimport.PlanTableQueries.StoredBudgetLine;
import nl.ivbplanner.planimport.SheetChanges.Line;
import nl.ivbplanner.planimport.TableTitles.Target;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The budget sheet (Begroting): each row with a Kenmerk updates that line's label, amount and remark; a row without
 * one is a new line in the table its Tabel names; the plan's lines the sheet no longer has are removed only when
 * ticked. The rules are the budget line form's: a label, and an amount of at least zero with at most cents, or,
 * where the plan prints no amount, a text instead ('€ ---', 'PM', 'Ambtelijke inzet'). A text with a digit in it is
 * meant as an amount ('12.5' is no amount in Dutch), unless it is the text the line has. A line keeps its theme,
 * which the sheet does not show.
 */
@Component
class BudgetSheetImport implements SheetImport {

    static final String CODE = "begroting";

    private static final String SHEET = "export.sheet.budget";
    private static final String ID = "export.budget.id";
    private static final String TABLE = "export.budget.table";
    private static final String LABEL = "export.budget.label";
    private static final String AMOUNT = "export.budget.amount";
    private static final String REMARK = "export.budget.remark";

    // as the budget line form allows
    private static final BigDecimal MAX_EUROS = new BigDecimal("999999999999.99");
    private static final DutchNumbers.Limits EUROS = new DutchNumbers.Limits(false, MAX_EUROS);
    private static final int MAX_LABEL = 1000;
    private static final int MAX_AMOUNT_TEXT = 120;
    private static final int MAX_REMARK = 10000;

    private static final Pattern DIGIT = Pattern.compile("\\d");

    private final PlanTableSheet.Kind kind;
    private final PlanTableQueries queries;
    private final ImportedBudgetLines budget;

    BudgetSheetImport(MessageSource messages, PlanTableQueries queries, ImportedBudgetLines budget) {
        this.kind = new PlanTableSheet.Kind(messages, SHEET, ID, List.of(ID, TABLE, LABEL, AMOUNT, REMARK));
        this.queries = queries;
        this.budget = budget;
    }

    @Override
    public List<String> sheetKeys() {
        return List.of(SHEET);
    }

    /** A line as the sheet states it, with what the plan has where the sheet lacks a column. */
    private record Read(String label, Long amountCents, String amountText, String remark) {

        ImportedBudgetLines.Line line() {
            return new ImportedBudgetLines.Line(label, amountCents, amountText, remark);
        }

        String amount() {
            return amountCents != null ? DutchNumbers.formatEuros(amountCents) : amountText;
        }
    }

    @Override
    public SheetChanges compare(XSSFWorkbook workbook, PlanHeader plan, Function<String, String> labels) {
        PlanTableSheet sheet = kind.in(workbook, labels);
        if (sheet == null) {
            return SheetChanges.none(CODE, SHEET, List.of());
        }
        Map<Long, StoredBudgetLine> stored = new LinkedHashMap<>();
        queries.budgetLines(plan.planId()).forEach(line -> stored.put(line.id(), line));
        TableTitles tables = new TableTitles(queries.budgetTables(plan.planId()));
        List<ImportProblem> problems = new ArrayList<>();
        List<PlanTableSheet.Row> rows = sheet.matchableRows(problems, !stored.isEmpty());

        List<Line> added = new ArrayList<>();
        List<Line> changed = new ArrayList<>();
        Map<Long, ImportedBudgetLines.Line> revisions = new LinkedHashMap<>();
        List<ImportedBudgetLines.NewLine> additions = new ArrayList<>();
        Set<Long> inSheet = new HashSet<>();
        int unchanged = 0;
        for (PlanTableSheet.Row row : rows) {
            Optional<PlanTableSheet.Matched<StoredBudgetLine>> match = sheet.match(row, stored, inSheet, problems);
            if (match.isEmpty()) {
                continue;
            }
            StoredBudgetLine before = match.get().before();
            Read read = read(sheet, row, before, problems);
            if (before == null) {
                Target table = tables.forNewRow(sheet, row, TABLE, problems);
                if (read != null && table != null) {
                    added.add(new Line(
                            row.place(LABEL), null, TableTitles.label(table, read.label(), labels), List.of()));
                    additions.add(new ImportedBudgetLines.NewLine(table.id(), table.title(), read.line()));
                }
            } else if (tables.keeps(row, TABLE, before.tableId(), problems) && read != null) {
                List<FieldChange> changes = changes(before, read);
                if (changes.isEmpty()) {
                    unchanged++;
                } else {
                    changed.add(new Line(
                            row.place(LABEL),
                            before.id(),
                            tables.title(before.tableId()) + ": " + read.label(),
                            changes));
                    revisions.put(before.id(), read.line());
                }
            }
        }
        List<Missing> missing = stored.values().stream()
                .filter(line -> !inSheet.contains(line.id()))
                .map(line -> new Missing(line.id(), tables.title(line.tableId()) + ": " + line.label()))
                .toList();
        return new SheetChanges(
                CODE,
                SHEET,
                List.copyOf(added),
                List.copyOf(changed),
                unchanged,
                missing,
                List.copyOf(problems),
                (planToWrite, remove) -> budget.write(planToWrite, revisions, additions, remove));
    }

    /**
     * The row's line, with the stored line's values for the columns the sheet lacks; null when a value breaks the
     * line's rules, each such value a problem at its cell.
     */
    private static Read read(
            PlanTableSheet sheet, PlanTableSheet.Row row, StoredBudgetLine before, List<ImportProblem> problems) {
        int known = problems.size();
        String label = sheet.has(LABEL) ? row.text(LABEL) : before == null ? null : shown(before.label());
        if (label == null) {
            problems.add(
                    ImportProblem.at(row.place(LABEL), "import.problem.budget.label-missing", sheet.header(LABEL)));
        } else {
            row.fits(LABEL, label, MAX_LABEL, problems);
        }
        Read amount = sheet.has(AMOUNT)
                ? amount(row, before, problems)
                : new Read(
                        null,
                        before == null ? null : before.amountCents(),
                        before == null ? null : shown(before.amountText()),
                        null);
        if (amount != null && amount.amountCents() == null && amount.amountText() == null) {
            problems.add(ImportProblem.at(row.place(AMOUNT), "import.problem.budget.amount-missing"));
        }
        String remark = sheet.has(REMARK) ? row.text(REMARK) : before == null ? null : shown(before.remark());
        row.fits(REMARK, remark, MAX_REMARK, problems);
        return problems.size() > known ? null : new Read(label, amount.amountCents(), amount.amountText(), remark);
    }

    /**
     * The amount cell: a number, or the text the plan prints instead. A text with a digit in it is read as an amount
     * written the Dutch way ('€ 1.250,50'), unless it is the line's own text; null when that is no amount.
     */
    private static Read amount(PlanTableSheet.Row row, StoredBudgetLine before, List<ImportProblem> problems) {
        String written = row.text(AMOUNT);
        if (written == null) {
            return new Read(null, null, null, null);
        }
        boolean ownText = before != null && written.equals(shown(before.amountText()));
        if (!row.isNumber(AMOUNT) && (ownText || !DIGIT.matcher(written).find())) {
            return row.fits(AMOUNT, written, MAX_AMOUNT_TEXT, problems) ? new Read(null, null, written, null) : null;
        }
        try {
            Long cents = row.isNumber(AMOUNT)
                    ? row.number(AMOUNT, EUROS).movePointRight(2).longValueExact()
                    : DutchNumbers.parseEuroCents(written, MAX_EUROS);
            return new Read(null, cents, null, null);
        } catch (DutchNumbers.InvalidNumberException invalid) {
            problems.add(ImportProblem.at(
                    row.place(AMOUNT),
                    PlanTableSheet.numberProblem("import.problem.budget.amount.", invalid.problem()),
                    row.written(AMOUNT)));
            return null;
        }
    }

    private static List<FieldChange> changes(StoredBudgetLine before, Read after) {
        List<FieldChange> changes = new ArrayList<>();
        Read was = new Read(
                shown(before.label()), before.amountCents(), shown(before.amountText()), shown(before.remark()));
        if (!Objects.equals(was.label(), after.label())) {
            changes.add(new FieldChange(LABEL, was.label(), after.label()));
        }
        if (!Objects.equals(was.amountCents(), after.amountCents())
                || !Objects.equals(was.amountText(), after.amountText())) {
            changes.add(new FieldChange(AMOUNT, was.amount(), after.amount()));
        }
        if (!Objects.equals(was.remark(), after.remark())) {
            changes.add(new FieldChange(REMARK, was.remark(), after.remark()));
        }
        return changes;
    }

    private static String shown(String stored) {
        return PlanTableSheet.shown(stored);
    }
}
