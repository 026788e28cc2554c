package nl.ivbplanner.plantables;

import java.util.List;
import nl.ivbplanner.common.Positions;
import nl.ivbplanner.plan.EditablePlans;
import nl.ivbplanner.plan.ExecutionPlan;
import nl.ivbplanner.plan.PlanAddress;
import nl.ivbplanner.web.NotFoundException;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lines of a concept plan's tables of one kind: adding, editing, ordering and removing them. What a line holds,
 * and which rules its form has, the kind says.
 */
public abstract class TableLinesService<
        T extends PlanTable, L extends TableLine<T>, F extends LineForm, C extends LineContext<F>> {

    private final EditablePlans plans;
    private final PlanTableRepository<T> tables;
    private final TableLineRepository<L, T> lines;

    protected TableLinesService(EditablePlans plans, PlanTableRepository<T> tables, TableLineRepository<L, T> lines) {
        this.plans = plans;
        this.tables = tables;
        this.lines = lines;
    }

    /** The form's surroundings for a new line in the table ({@code line} null) or for a stored line. */
    protected abstract C context(ExecutionPlan plan, T table, L line);

    /** A new line at the given place in the table; refused with the form's problems if there are any. */
    protected abstract L createLine(ExecutionPlan plan, T table, int position, F form);

    /** Revises the line to what the form says; refused with the form's problems if there are any. */
    protected abstract void revise(ExecutionPlan plan, L line, F form);

    /** The line as stored, in its form. */
    protected abstract F form(L line);

    /** What the form for a new line in the table needs. */
    @Transactional(readOnly = true)
    public C newLine(PlanAddress address, long tableId) {
        ExecutionPlan plan = plans.require(address);
        return context(plan, findTable(plan, tableId), null);
    }

    /** What the form for a stored line needs, with the line as stored. */
    @Transactional(readOnly = true)
    public C line(PlanAddress address, long lineId) {
        ExecutionPlan plan = plans.require(address);
        L line = findLine(plan, lineId);
        return context(plan, line.getTable(), line);
    }

    /** Adds a line at the end of the table; returns its id. */
    @Transactional
    public long add(PlanAddress address, long tableId, F form) {
        ExecutionPlan plan = plans.require(address);
        T table = findTable(plan, tableId);
        return lines.save(createLine(plan, table, lines.nextPosition(table), form))
                .getId();
    }

    @Transactional
    public void save(PlanAddress address, long lineId, F form) {
        ExecutionPlan plan = plans.require(address);
        L line = findLine(plan, lineId);
        line.requireVersion(form.version(), () -> form(line));
        revise(plan, line, form);
    }

    @Transactional
    public void delete(PlanAddress address, long lineId) {
        L line = findLine(plans.require(address), lineId);
        beforeDelete(line);
        lines.delete(line);
    }

    /** Moves the line a place up or down within its table. */
    @Transactional
    public void move(PlanAddress address, long lineId, Positions.Direction direction) {
        L line = findLine(plans.require(address), lineId);
        Positions.move(linesOf(line.getTable()), line, direction);
    }

    /** What else changes when the line goes; nothing, unless the kind says otherwise. */
    protected void beforeDelete(L line) {}

    /** The table's lines in their order. */
    protected List<L> linesOf(T table) {
        return lines.findByTableOrderByPositionAscIdAsc(table);
    }

    private T findTable(ExecutionPlan plan, long tableId) {
        return tables.findByIdAndPlanId(tableId, plan.getId()).orElseThrow(NotFoundException::new);
    }

    private L findLine(ExecutionPlan plan, long lineId) {
        return lines.findInPlan(lineId, plan.getId()).orElseThrow(NotFoundException::new);
    }
}
