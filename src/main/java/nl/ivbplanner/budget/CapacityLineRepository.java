package nl.ivbplanner.budget;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CapacityLineRepository extends JpaRepository<CapacityLine, Long> {

    /** The line with its table, if the table belongs to the plan whose URL was used. */
    @Query("select l from CapacityLine l join fetch l.capacityTable t where l.id = :id and t.planId = :planId")
    Optional<CapacityLine> findInPlan(long id, long planId);

    List<CapacityLine> findByCapacityTableOrderByPositionAscIdAsc(CapacityTable table);

    @Query("select coalesce(max(l.position) + 1, 0) from CapacityLine l where l.capacityTable = :table")
    int nextPosition(CapacityTable table);

    @Query("select l from CapacityLine l where l.capacityTable.planId = :planId")
    List<CapacityLine> findByPlanId(long planId);
}
