package nl.ivbplanner.budget;

import java.util.List;
import nl.ivbplanner.common.FieldProblem;
import nl.ivbplanner.framework.ThemeOption;
import nl.ivbplanner.plantables.LineContext;

/** The budget line form's surroundings: the plan, the table the line is in, the framework's themes, the stored line. */
record BudgetLineContext(String planTitle, String tableTitle, List<ThemeOption> themes, BudgetLineForm stored)
        implements LineContext<BudgetLineForm> {

    List<Long> themeIds() {
        return themes.stream().map(ThemeOption::id).toList();
    }

    @Override
    public List<FieldProblem> problems(BudgetLineForm form) {
        return form.problems(themeIds(), stored);
    }

    /** The label of the theme a form names, to show a colleague's stored choice. */
    public String themeLabel(String themeId) {
        return ThemeOption.labelOf(themes, themeId);
    }
}
