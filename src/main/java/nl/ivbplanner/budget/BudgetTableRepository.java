package nl.ivbplanner.budget;

import nl.ivbplanner.plantables.PlanTableRepository;

public interface BudgetTableRepository extends PlanTableRepository<BudgetTable> {}
