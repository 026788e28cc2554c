package nl.ivbplanner.budget;

import java.util.List;
import nl.ivbplanner.framework.ThemeOption;
import nl.ivbplanner.framework.ThemeRepository;
import nl.ivbplanner.plan.EditablePlans;
import nl.ivbplanner.plan.ExecutionPlan;
import nl.ivbplanner.plantables.TableLinesService;
import org.springframework.stereotype.Service;

/** The lines of a concept plan's budget tables: adding, editing, ordering and removing them. */
@Service
class BudgetLineService extends TableLinesService<BudgetTable, BudgetLine, BudgetLineForm, BudgetLineContext> {

    private final ThemeRepository themes;

    BudgetLineService(
            EditablePlans plans, BudgetTableRepository tables, BudgetLineRepository lines, ThemeRepository themes) {
        super(plans, tables, lines);
        this.themes = themes;
    }

    @Override
    protected BudgetLineContext context(ExecutionPlan plan, BudgetTable table, BudgetLine line) {
        return new BudgetLineContext(
                plan.getTitle(),
                table.getTitle(),
                themes.findOptions(plan.getFrameworkId()),
                line == null ? BudgetLineForm.NEW : form(line));
    }

    @Override
    protected BudgetLine createLine(ExecutionPlan plan, BudgetTable table, int position, BudgetLineForm form) {
        return new BudgetLine(table, position, form.toContent(themeIds(plan), BudgetLineForm.NEW));
    }

    @Override
    protected void revise(ExecutionPlan plan, BudgetLine line, BudgetLineForm form) {
        line.revise(form.toContent(themeIds(plan), form(line)));
    }

    @Override
    protected BudgetLineForm form(BudgetLine line) {
        return BudgetLineForm.of(line);
    }

    private List<Long> themeIds(ExecutionPlan plan) {
        return themes.findOptions(plan.getFrameworkId()).stream()
                .map(ThemeOption::id)
                .toList();
    }
}
