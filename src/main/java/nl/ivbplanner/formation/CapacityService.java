package nl.ivbplanner.formation;

import java.util.List;
import nl.ivbplanner.plan.EditablePlans;
import nl.ivbplanner.plan.ExecutionPlan;
import nl.ivbplanner.plantables.PlanTablesService;
import org.springframework.stereotype.Service;

/** The formation (fte) tables of a concept plan: the page that lists them; adding, renaming and removing tables. */
@Service
class CapacityService extends PlanTablesService<CapacityTable, CapacityLine> {

    private final FormationQueries formation;

    CapacityService(
            EditablePlans plans,
            CapacityTableRepository tables,
            CapacityLineRepository lines,
            FormationQueries formation) {
        super(plans, tables, lines, "formatie", "formation/capacity-tables");
        this.formation = formation;
    }

    @Override
    protected List<FormationTable> tables(long planId) {
        return formation.ofPlan(planId);
    }

    @Override
    protected CapacityTable newTable(ExecutionPlan plan, int position, String title) {
        return new CapacityTable(plan.getId(), position, title);
    }
}
