package nl.ivbplanner.budget;

import java.util.Objects;
import nl.ivbplanner.common.EditConflictException;
import nl.ivbplanner.plan.EditablePlans;
import nl.ivbplanner.plan.ExecutionPlan;
import nl.ivbplanner.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The budget tables of a concept plan: the page that lists them, and adding, renaming and removing tables. */
@Service
class BudgetService implements PlanTables {

    private final EditablePlans plans;
    private final BudgetTableRepository tables;
    private final BudgetLineRepository lines;
    private final BudgetQueries queries;

    BudgetService(EditablePlans plans, BudgetTableRepository tables, BudgetLineRepository lines,
            BudgetQueries queries) {
        this.plans = plans;
        this.tables = tables;
        this.lines = lines;
        this.queries = queries;
    }

    @Override
    public String part() {
        return "begroting";
    }

    @Transactional(readOnly = true)
    @Override
    public PlanParts.TablesPage<BudgetTableView> page(String municipalitySlug, String frameworkSlug, int year) {
        ExecutionPlan plan = plans.require(municipalitySlug, frameworkSlug, year);
        return new PlanParts.TablesPage<>(plan.getTitle(), queries.budget(plan.getId()));
    }

    /** The plan and, unless a table is to be added, the stored table with its number of lines. */
    @Transactional(readOnly = true)
    @Override
    public PlanParts.TableContext context(String municipalitySlug, String frameworkSlug, int year, Long tableId) {
        ExecutionPlan plan = plans.require(municipalitySlug, frameworkSlug, year);
        if (tableId == null) {
            return new PlanParts.TableContext(plan.getTitle(), TableForm.NEW, 0);
        }
        BudgetTable table = find(plan, tableId);
        return new PlanParts.TableContext(plan.getTitle(), form(table),
                lines.findByBudgetTableOrderByPositionAscIdAsc(table).size());
    }

    /** Adds an empty table after the plan's other tables; returns its id. */
    @Transactional
    @Override
    public long add(String municipalitySlug, String frameworkSlug, int year, TableForm form) {
        ExecutionPlan plan = plans.require(municipalitySlug, frameworkSlug, year);
        int position = tables.nextPosition(plan.getId());
        return tables.save(BudgetTable.addTo(plan.getId(), plan.getYear(), position, form.title())).getId();
    }

    @Transactional
    @Override
    public void rename(String municipalitySlug, String frameworkSlug, int year, long tableId, TableForm form) {
        BudgetTable table = find(plans.require(municipalitySlug, frameworkSlug, year), tableId);
        if (!Objects.equals(form.version(), table.getVersion())) {
            throw new EditConflictException(form(table));
        }
        table.rename(form.title());
    }

    /** Removes the table; its lines are removed one by one first, so that the history keeps what they were. */
    @Transactional
    @Override
    public void delete(String municipalitySlug, String frameworkSlug, int year, long tableId) {
        BudgetTable table = find(plans.require(municipalitySlug, frameworkSlug, year), tableId);
        lines.deleteAll(lines.findByBudgetTableOrderByPositionAscIdAsc(table));
        tables.delete(table);
    }

    private BudgetTable find(ExecutionPlan plan, long tableId) {
        return tables.findByIdAndPlanId(tableId, plan.getId()).orElseThrow(NotFoundException::new);
    }

    private static TableForm form(BudgetTable table) {
        return new TableForm(table.getTitle(), table.getVersion());
    }
}
