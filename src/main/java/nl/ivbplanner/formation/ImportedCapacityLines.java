package nl.ivbplanner.formation;

import java.math.BigDecimal;
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
 * Writes the formation sheet of an imported workbook into a concept plan, inside the import's transaction: the import
 * has matched every row with the plan's lines, checked it against the line form's rules (a part belongs to a total
 * line of its own table and organisation, one level deep) and shown the user what will change. A changed line keeps
 * its remark (the sheet has none); a new line goes to the end of its table; a table the plan does not have yet is
 * added after the others, once per title. The parts of a removed total line count on their own from then on, as when
 * it is deleted on the formation page. The plan's tables and lines are read once for the whole sheet.
 */
@Component
public class ImportedCapacityLines {

    private final CapacityTableRepository tables;
    private final CapacityLineRepository lines;

    ImportedCapacityLines(CapacityTableRepository tables, CapacityLineRepository lines) {
        this.tables = tables;
        this.lines = lines;
    }

    /** What a row says about a line. */
    public record Line(
            String groupName,
            String functionName,
            BigDecimal fteExisting,
            BigDecimal fteAdded,
            CapacityOrganisation organisation) {}

    /**
     * A changed ({@code id}) or new row of the sheet, by its row number; a new one goes to the plan's table
     * {@code tableId} or, when that is null, to the new table titled {@code newTable}. It is part of the stored line
     * {@code partOfId}, or of the new line of row {@code partOfRow} (a row above it), or of none.
     */
    public record Row(int row, Long id, Long tableId, String newTable, Line line, Long partOfId, Integer partOfRow) {}

    /** Writes the rows in the sheet's order, so that a new total line exists before its parts refer to it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void write(ExecutionPlan plan, List<Row> rows, Set<Long> remove) {
        plan.requireEditable();
        Map<Long, CapacityLine> stored = lines.findByPlanId(plan.getId()).stream()
                .collect(Collectors.toMap(CapacityLine::getId, Function.identity()));
        New added = new New(plan, stored);
        Map<Integer, CapacityLine> byRow = new HashMap<>();
        for (Row row : rows) {
            Long partOfId = row.partOfRow() != null ? created(byRow, row.partOfRow()) : row.partOfId();
            if (row.id() != null) {
                CapacityLine line = existing(stored, row.id());
                line.revise(content(row.line(), line.getRemark(), partOfId));
            } else {
                byRow.put(row.row(), added.line(row, content(row.line(), null, partOfId)));
            }
        }
        for (long id : remove) {
            CapacityLine line = existing(stored, id);
            stored.values().stream()
                    .filter(part -> line.getId().equals(part.getPartOfId()) && !remove.contains(part.getId()))
                    .forEach(CapacityLine::standAlone);
            lines.delete(line);
        }
    }

    /** The new lines of one import: each at the end of its table, new tables after the plan's others. */
    private final class New {

        private final ExecutionPlan plan;
        private final Map<Long, CapacityTable> planTables = new HashMap<>();
        private final Map<String, CapacityTable> newTables = new HashMap<>();
        private final Map<Long, Integer> nextPosition = new HashMap<>();

        New(ExecutionPlan plan, Map<Long, CapacityLine> stored) {
            this.plan = plan;
            stored.values()
                    .forEach(line -> nextPosition.merge(line.getTable().getId(), line.getPosition() + 1, Math::max));
        }

        CapacityLine line(Row row, CapacityLineContent content) {
            CapacityTable table = row.tableId() != null ? planTable(row.tableId()) : newTable(row.newTable());
            int position = nextPosition.merge(table.getId(), 1, Integer::sum) - 1;
            return lines.save(new CapacityLine(table, position, content));
        }

        private CapacityTable planTable(long id) {
            if (planTables.isEmpty()) {
                tables.findByPlanId(plan.getId()).forEach(table -> planTables.put(table.getId(), table));
            }
            CapacityTable table = planTables.get(id);
            if (table == null) {
                throw new NotFoundException();
            }
            return table;
        }

        private CapacityTable newTable(String title) {
            return newTables.computeIfAbsent(
                    title, t -> tables.save(new CapacityTable(plan.getId(), tables.nextPosition(plan.getId()), t)));
        }
    }

    private static Long created(Map<Integer, CapacityLine> byRow, int row) {
        CapacityLine total = byRow.get(row);
        if (total == null) {
            throw new IllegalStateException("the total line of row " + row + " is written after its part");
        }
        return total.getId();
    }

    private static CapacityLine existing(Map<Long, CapacityLine> stored, long id) {
        CapacityLine line = stored.get(id);
        if (line == null) {
            throw new NotFoundException();
        }
        return line;
    }

    private static CapacityLineContent content(Line line, String remark, Long partOfId) {
        return new CapacityLineContent(
                line.groupName(),
                line.functionName(),
                line.fteExisting(),
                line.fteAdded(),
                remark,
                line.organisation(),
                partOfId);
    }
}
