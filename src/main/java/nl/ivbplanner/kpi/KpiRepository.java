package nl.ivbplanner.kpi;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface KpiRepository extends JpaRepository<Kpi, Long> {

    /** A KPI only counts as found under the plan whose URL was used. */
    Optional<Kpi> findByIdAndPlanId(long id, long planId);

    List<Kpi> findByPlanIdOrderByPositionAscIdAsc(long planId);

    @Query("select coalesce(max(k.position) + 1, 0) from Kpi k where k.planId = :planId")
    int nextPosition(long planId);
}
