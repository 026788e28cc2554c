package nl.ivbplanner.kpi;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface KpiRepository extends JpaRepository<Kpi, Long> {

    /** A KPI only counts as found under the plan whose URL was used. */
    Optional<Kpi> findByIdAndPlanId(long id, long planId);

    List<Kpi> findByPlanIdOrderByPositionAscIdAsc(long planId);

    /**
     * The form's side of kpi_name_once_per_plan_idx (V12): the same name, unit and unit text, ignoring case and outer
     * spaces.
     */
    @Query("""
            select count(k) > 0 from Kpi k where k.planId = :planId and k.id <> :exceptKpiId
              and lower(trim(k.name)) = lower(trim(:name)) and k.unitKind = :unitKind
              and lower(coalesce(trim(k.unit), '')) = lower(coalesce(trim(:unit), ''))""")
    boolean existsWithNameAndUnit(long planId, String name, KpiUnit unitKind, String unit, long exceptKpiId);

    @Query("select coalesce(max(k.position) + 1, 0) from Kpi k where k.planId = :planId")
    int nextPosition(long planId);
}
