package nl.ivbplanner.plantables;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.NoRepositoryBean;

/** The tables of one kind of a plan. */
@NoRepositoryBean
public interface PlanTableRepository<T extends PlanTable> extends JpaRepository<T, Long> {

    /** A table only counts as found under the plan whose URL was used. */
    Optional<T> findByIdAndPlanId(long id, long planId);

    @Query("select coalesce(max(t.position) + 1, 0) from #{#entityName} t where t.planId = :planId")
    int nextPosition(long planId);

    List<T> findByPlanId(long planId);
}
