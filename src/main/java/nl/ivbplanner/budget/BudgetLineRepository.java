package nl.ivbplanner.budget;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface BudgetLineRepository extends JpaRepository<BudgetLine, Long> {

    /** The line with its table, if the table belongs to the plan whose URL was used. */
    @Query("select l from BudgetLine l join fetch l.budgetTable t where l.id = :id and t.planId = :planId")
    Optional<BudgetLine> findInPlan(long id, long planId);

    List<BudgetLine> findByBudgetTableOrderByPositionAscIdAsc(BudgetTable table);

    @Query("select coalesce(max(l.position) + 1, 0) from BudgetLine l where l.budgetTable = :table")
    int nextPosition(BudgetTable table);

    @Query("select l from BudgetLine l where l.budgetTable.planId = :planId")
    List<BudgetLine> findByPlanId(long planId);
}
