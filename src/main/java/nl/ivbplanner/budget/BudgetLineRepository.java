package nl.ivbplanner.budget;

import nl.ivbplanner.plantables.TableLineRepository;

public interface BudgetLineRepository extends TableLineRepository<BudgetLine, BudgetTable> {}
