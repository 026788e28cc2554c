package nl.ivbplanner.budget;

import java.util.Objects;
import nl.ivbplanner.common.EditConflictException;
import nl.ivbplanner.plan.EditablePlans;
import nl.ivbplanner.plan.ExecutionPlan;
import nl.ivbplanner.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The formation (fte) tables of a concept plan: the page that lists them; adding, renaming and removing tables. */
@Service
class CapacityService implements PlanTables {

    private final EditablePlans plans;
    private final CapacityTableRepository tables;
    private final CapacityLineRepository lines;
    private final FormationQueries formation;

    CapacityService(EditablePlans plans, CapacityTableRepository tables, CapacityLineRepository lines,
            FormationQueries formation) {
        this.plans = plans;
        this.tables = tables;
        this.lines = lines;
        this.formation = formation;
    }

    @Override
    public String part() {
        return "formatie";
    }

    @Transactional(readOnly = true)
    @Override
    public PlanParts.TablesPage<FormationTable> page(String municipalitySlug, String frameworkSlug, int year) {
        ExecutionPlan plan = plans.require(municipalitySlug, frameworkSlug, year);
        return new PlanParts.TablesPage<>(plan.getTitle(), formation.ofPlan(plan.getId()));
    }

    /** The plan and, unless a table is to be added, the stored table with its number of lines. */
    @Transactional(readOnly = true)
    @Override
    public PlanParts.TableContext context(String municipalitySlug, String frameworkSlug, int year, Long tableId) {
        ExecutionPlan plan = plans.require(municipalitySlug, frameworkSlug, year);
        if (tableId == null) {
            return new PlanParts.TableContext(plan.getTitle(), TableForm.NEW, 0);
        }
        CapacityTable table = find(plan, tableId);
        return new PlanParts.TableContext(plan.getTitle(), form(table),
                lines.findByCapacityTableOrderByPositionAscIdAsc(table).size());
    }

    /** Adds an empty table after the plan's other tables; returns its id. */
    @Transactional
    @Override
    public long add(String municipalitySlug, String frameworkSlug, int year, TableForm form) {
        ExecutionPlan plan = plans.require(municipalitySlug, frameworkSlug, year);
        return tables.save(CapacityTable.addTo(plan.getId(), tables.nextPosition(plan.getId()), form.title())).getId();
    }

    @Transactional
    @Override
    public void rename(String municipalitySlug, String frameworkSlug, int year, long tableId, TableForm form) {
        CapacityTable table = find(plans.require(municipalitySlug, frameworkSlug, year), tableId);
        if (!Objects.equals(form.version(), table.getVersion())) {
            throw new EditConflictException(form(table));
        }
        table.rename(form.title());
    }

    /** Removes the table; its lines are removed one by one first, so that the history keeps what they were. */
    @Transactional
    @Override
    public void delete(String municipalitySlug, String frameworkSlug, int year, long tableId) {
        CapacityTable table = find(plans.require(municipalitySlug, frameworkSlug, year), tableId);
        lines.deleteAll(lines.findByCapacityTableOrderByPositionAscIdAsc(table));
        tables.delete(table);
    }

    private CapacityTable find(ExecutionPlan plan, long tableId) {
        return tables.findByIdAndPlanId(tableId, plan.getId()).orElseThrow(NotFoundException::new);
    }

    private static TableForm form(CapacityTable table) {
        return new TableForm(table.getTitle(), table.getVersion());
    }
}
