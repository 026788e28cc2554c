package nl.ivbplanner.budget;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ivbplanner.plan.ExecutionPlan;
import nl.ivbplanner.web.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the budget sheet of an imported workbook into a concept plan, inside the import's transaction: the import has
 * matched every row with the plan's lines, checked it against the line form's rules and shown the user what will
 * change. A changed line keeps its theme (the sheet has none); a new line goes to the end of its table, without a
 * theme; a table the plan does not have yet is added after the others, once per title. The plan's tables and lines
 * are read once for the whole sheet.
 */
@Component
public class ImportedBudgetLines {

    private final BudgetTableRepository tables;
    private final BudgetLineRepository lines;

    ImportedBudgetLines(BudgetTableRepository tables, BudgetLineRepository lines) {
        this.tables = tables;
        this.lines = lines;
    }

    /** What a row says about a line: a label, and an amount in cents or the text printed instead of one. */
    public record Line(String label, Long amountCents, String amountText, String remark) {}

    /**
     * A new line in the plan's table {@code tableId} or, when that is null, in the new table titled {@code newTable}
     * (the same title for every line of that table).
     */
    public record NewLine(Long tableId, String newTable, Line line) {}

    @Transactional(propagation = Propagation.MANDATORY)
    public void write(ExecutionPlan plan, Map<Long, Line> changed, List<NewLine> added, Set<Long> remove) {
        plan.requireEditable();
        Map<Long, BudgetLine> stored = lines.findByPlanId(plan.getId()).stream()
                .collect(Collectors.toMap(BudgetLine::getId, Function.identity()));
        changed.forEach((id, line) -> {
            BudgetLine budgetLine = existing(stored, id);
            budgetLine.revise(content(budgetLine.getThemeId(), line));
        });
        add(plan, stored, added);
        for (long id : remove) {
            lines.delete(existing(stored, id));
        }
    }

    private void add(ExecutionPlan plan, Map<Long, BudgetLine> stored, List<NewLine> added) {
        if (added.isEmpty()) {
            return;
        }
        Map<Long, BudgetTable> planTables = tables.findByPlanId(plan.getId()).stream()
                .collect(Collectors.toMap(BudgetTable::getId, Function.identity()));
        Map<Long, Integer> nextPosition = new HashMap<>();
        stored.values().forEach(line -> nextPosition.merge(line.getTable().getId(), line.getPosition() + 1, Math::max));
        Map<String, BudgetTable> newTables = new HashMap<>();
        for (NewLine line : added) {
            BudgetTable table = line.tableId() != null
                    ? planTables.get(line.tableId())
                    : newTables.computeIfAbsent(
                            line.newTable(),
                            title -> tables.save(new BudgetTable(
                                    plan.getId(), plan.getYear(), tables.nextPosition(plan.getId()), line.newTable())));
            if (table == null) {
                throw new NotFoundException();
            }
            int position = nextPosition.merge(table.getId(), 1, Integer::sum) - 1;
            lines.save(new BudgetLine(table, position, content(null, line.line())));
        }
    }

    private static BudgetLine existing(Map<Long, BudgetLine> stored, long id) {
        BudgetLine line = stored.get(id);
        if (line == null) {
            throw new NotFoundException();
        }
        return line;
    }

    private static BudgetLineContent content(Long themeId, Line line) {
        return new BudgetLineContent(themeId, line.label(), line.amountCents(), line.amountText(), line.remark());
    }
}
