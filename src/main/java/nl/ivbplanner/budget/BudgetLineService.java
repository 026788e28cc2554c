package nl.ivbplanner.budget;

import java.util.List;
import java.util.Objects;
import nl.ivbplanner.common.EditConflictException;
import nl.ivbplanner.common.Positions;
import nl.ivbplanner.framework.ThemeOption;
import nl.ivbplanner.framework.ThemeRepository;
import nl.ivbplanner.plan.EditablePlans;
import nl.ivbplanner.plan.ExecutionPlan;
import nl.ivbplanner.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The lines of a concept plan's budget tables: adding, editing, ordering and removing them. */
@Service
class BudgetLineService {

    private final EditablePlans plans;
    private final BudgetTableRepository tables;
    private final BudgetLineRepository lines;
    private final ThemeRepository themes;

    BudgetLineService(EditablePlans plans, BudgetTableRepository tables, BudgetLineRepository lines,
            ThemeRepository themes) {
        this.plans = plans;
        this.tables = tables;
        this.lines = lines;
        this.themes = themes;
    }

    /** What the form for a new line in the table needs. */
    @Transactional(readOnly = true)
    LineContext newLine(String municipalitySlug, String frameworkSlug, int year, long tableId) {
        ExecutionPlan plan = plans.require(municipalitySlug, frameworkSlug, year);
        BudgetTable table = findTable(plan, tableId);
        return new LineContext(plan.getTitle(), table.getTitle(), themes.findOptions(plan.getFrameworkId()),
                BudgetLineForm.NEW);
    }

    /** What the form for a stored line needs, with the line as stored. */
    @Transactional(readOnly = true)
    LineContext line(String municipalitySlug, String frameworkSlug, int year, long lineId) {
        ExecutionPlan plan = plans.require(municipalitySlug, frameworkSlug, year);
        BudgetLine line = findLine(plan, lineId);
        return new LineContext(plan.getTitle(), line.getBudgetTable().getTitle(),
                themes.findOptions(plan.getFrameworkId()), BudgetLineForm.of(line));
    }

    /** Adds a line at the end of the table; returns its id. */
    @Transactional
    long add(String municipalitySlug, String frameworkSlug, int year, long tableId, BudgetLineForm form) {
        ExecutionPlan plan = plans.require(municipalitySlug, frameworkSlug, year);
        BudgetTable table = findTable(plan, tableId);
        BudgetLineContent content = form.toContent(themeIds(plan), BudgetLineForm.NEW);
        return lines.save(BudgetLine.addTo(table, lines.nextPosition(table), content)).getId();
    }

    @Transactional
    void save(String municipalitySlug, String frameworkSlug, int year, long lineId, BudgetLineForm form) {
        ExecutionPlan plan = plans.require(municipalitySlug, frameworkSlug, year);
        BudgetLine line = findLine(plan, lineId);
        if (!Objects.equals(form.version(), line.getVersion())) {
            throw new EditConflictException(BudgetLineForm.of(line));
        }
        line.revise(form.toContent(themeIds(plan), BudgetLineForm.of(line)));
    }

    @Transactional
    void delete(String municipalitySlug, String frameworkSlug, int year, long lineId) {
        lines.delete(findLine(plans.require(municipalitySlug, frameworkSlug, year), lineId));
    }

    /** Moves the line a place up or down within its table. */
    @Transactional
    void move(String municipalitySlug, String frameworkSlug, int year, long lineId, Positions.Direction direction) {
        BudgetLine line = findLine(plans.require(municipalitySlug, frameworkSlug, year), lineId);
        Positions.move(lines.findByBudgetTableOrderByPositionAscIdAsc(line.getBudgetTable()), line, direction);
    }

    private BudgetTable findTable(ExecutionPlan plan, long tableId) {
        return tables.findByIdAndPlanId(tableId, plan.getId()).orElseThrow(NotFoundException::new);
    }

    private BudgetLine findLine(ExecutionPlan plan, long lineId) {
        return lines.findInPlan(lineId, plan.getId()).orElseThrow(NotFoundException::new);
    }

    private List<Long> themeIds(ExecutionPlan plan) {
        return themes.findOptions(plan.getFrameworkId()).stream().map(ThemeOption::id).toList();
    }

    /** The form's surroundings: the plan, the table the line is in, the framework's themes, the stored line. */
    record LineContext(String planTitle, String tableTitle, List<ThemeOption> themes, BudgetLineForm stored) {

        List<Long> themeIds() {
            return themes.stream().map(ThemeOption::id).toList();
        }

        /** The label of the theme a form names, to show a colleague's stored choice. */
        public String themeLabel(String themeId) {
            return themes.stream().filter(t -> t.id().toString().equals(themeId)).map(ThemeOption::label).findFirst()
                    .orElse(null);
        }
    }
}
