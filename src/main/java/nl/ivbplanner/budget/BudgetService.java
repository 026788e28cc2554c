package nl.ivbplanner.budget;

import java.util.List;
import nl.ivbplanner.plan.EditablePlans;
import nl.ivbplanner.plan.ExecutionPlan;
import nl.ivbplanner.plantables.PlanTablesService;
import org.springframework.stereotype.Service;

/** The budget tables of a concept plan: the page that lists them, and adding, renaming and removing tables. */
@Service
class BudgetService extends PlanTablesService<BudgetTable, BudgetLine> {

    private final BudgetQueries queries;

    BudgetService(
            EditablePlans plans, BudgetTableRepository tables, BudgetLineRepository lines, BudgetQueries queries) {
        super(plans, tables, lines, "begroting", "budget/budget-tables");
        this.queries = queries;
    }

    @Override
    protected List<BudgetTableView> tables(long planId) {
        return queries.budget(planId);
    }

    @Override
    protected BudgetTable newTable(ExecutionPlan plan, int position, String title) {
        return new BudgetTable(plan.getId(), plan.getYear(), position, title);
    }
}
