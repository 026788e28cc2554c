package nl.ivbplanner.plantables;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.NoRepositoryBean;

/** The lines of one kind of table. */
@NoRepositoryBean
public interface TableLineRepository<L extends TableLine<T>, T extends PlanTable> extends JpaRepository<L, Long> {

    /** The line with its table, if the table belongs to the plan whose URL was used. */
    @Query("select l from #{#entityName} l join fetch l.table t where l.id = :id and t.planId = :planId")
    Optional<L> findInPlan(long id, long planId);

    List<L> findByTableOrderByPositionAscIdAsc(T table);

    @Query("select coalesce(max(l.position) + 1, 0) from #{#entityName} l where l.table = :table")
    int nextPosition(T table);

    @Query("select l from #{#entityName} l where l.table.planId = :planId")
    List<L> findByPlanId(long planId);
}
