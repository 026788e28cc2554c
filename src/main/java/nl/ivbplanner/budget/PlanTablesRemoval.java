package nl.ivbplanner.budget;

import nl.ivbplanner.plan.PlanRemoval;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A deleted concept plan takes its budget and formation tables along, each deletion kept in the history. */
@Component
class PlanTablesRemoval {

    private final BudgetTableRepository budgetTables;
    private final BudgetLineRepository budgetLines;
    private final CapacityTableRepository capacityTables;
    private final CapacityLineRepository capacityLines;

    PlanTablesRemoval(BudgetTableRepository budgetTables, BudgetLineRepository budgetLines,
            CapacityTableRepository capacityTables, CapacityLineRepository capacityLines) {
        this.budgetTables = budgetTables;
        this.budgetLines = budgetLines;
        this.capacityTables = capacityTables;
        this.capacityLines = capacityLines;
    }

    @EventListener
    void remove(PlanRemoval removal) {
        budgetLines.deleteAll(budgetLines.findByPlanId(removal.planId()));
        budgetTables.deleteAll(budgetTables.findByPlanId(removal.planId()));
        capacityLines.deleteAll(capacityLines.findByPlanId(removal.planId()));
        capacityTables.deleteAll(capacityTables.findByPlanId(removal.planId()));
    }
}
