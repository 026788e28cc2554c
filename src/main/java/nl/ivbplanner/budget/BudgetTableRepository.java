package nl.ivbplanner.budget;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface BudgetTableRepository extends JpaRepository<BudgetTable, Long> {

    /** A table only counts as found under the plan whose URL was used. */
    Optional<BudgetTable> findByIdAndPlanId(long id, long planId);

    @Query("select coalesce(max(t.position) + 1, 0) from BudgetTable t where t.planId = :planId")
    int nextPosition(long planId);

    List<BudgetTable> findByPlanId(long planId);
}
