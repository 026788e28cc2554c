package nl.ivbplanner.plantables;

import java.util.List;
import nl.ivbplanner.plan.EditablePlans;
import nl.ivbplanner.plan.ExecutionPlan;
import nl.ivbplanner.plan.PlanAddress;
import nl.ivbplanner.plan.PlanRemoval;
import nl.ivbplanner.web.NotFoundException;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.annotation.Transactional;

/**
 * A concept plan's tables of one kind (budget, formation): the page that lists them, and adding, renaming and
 * removing tables. A deleted concept plan takes them along.
 */
public abstract class PlanTablesService<T extends PlanTable, L extends TableLine<T>> {

    private final EditablePlans plans;
    private final PlanTableRepository<T> tables;
    private final TableLineRepository<L, T> lines;
    private final String part;
    private final String pageTemplate;

    /**
     * {@code part} is the part of the plan these tables are, as in its address ('begroting', 'formatie'), and
     * {@code pageTemplate} the template of their editing page.
     */
    protected PlanTablesService(
            EditablePlans plans,
            PlanTableRepository<T> tables,
            TableLineRepository<L, T> lines,
            String part,
            String pageTemplate) {
        this.plans = plans;
        this.tables = tables;
        this.lines = lines;
        this.part = part;
        this.pageTemplate = pageTemplate;
    }

    public String part() {
        return part;
    }

    public String pageTemplate() {
        return pageTemplate;
    }

    /** The plan's tables with their lines, as the editing page shows them. */
    protected abstract List<?> tables(long planId);

    /** A new, empty table at the given place among the plan's tables. */
    protected abstract T newTable(ExecutionPlan plan, int position, String title);

    @Transactional(readOnly = true)
    public TablesPage page(PlanAddress address) {
        ExecutionPlan plan = plans.require(address);
        return new TablesPage(plan.getTitle(), tables(plan.getId()));
    }

    /** The plan and, unless a table is to be added, the stored table with its number of lines. */
    @Transactional(readOnly = true)
    public TableContext context(PlanAddress address, Long tableId) {
        ExecutionPlan plan = plans.require(address);
        if (tableId == null) {
            return new TableContext(plan.getTitle(), TableForm.NEW, 0);
        }
        T table = find(plan, tableId);
        return new TableContext(
                plan.getTitle(),
                TableForm.of(table),
                lines.findByTableOrderByPositionAscIdAsc(table).size());
    }

    /** Adds an empty table after the plan's other tables; returns its id. */
    @Transactional
    public long add(PlanAddress address, TableForm form) {
        ExecutionPlan plan = plans.require(address);
        return tables.save(newTable(plan, tables.nextPosition(plan.getId()), form.title()))
                .getId();
    }

    @Transactional
    public void rename(PlanAddress address, long tableId, TableForm form) {
        T table = find(plans.require(address), tableId);
        table.requireVersion(form.version(), () -> TableForm.of(table));
        table.rename(form.title());
    }

    /** Removes the table; its lines are removed one by one first, so that the history keeps what they were. */
    @Transactional
    public void delete(PlanAddress address, long tableId) {
        T table = find(plans.require(address), tableId);
        lines.deleteAll(lines.findByTableOrderByPositionAscIdAsc(table));
        tables.delete(table);
    }

    /** A deleted concept plan takes its tables along, each deletion kept in the history. */
    @EventListener
    public void remove(PlanRemoval removal) {
        lines.deleteAll(lines.findByPlanId(removal.planId()));
        tables.deleteAll(tables.findByPlanId(removal.planId()));
    }

    private T find(ExecutionPlan plan, long tableId) {
        return tables.findByIdAndPlanId(tableId, plan.getId()).orElseThrow(NotFoundException::new);
    }
}
