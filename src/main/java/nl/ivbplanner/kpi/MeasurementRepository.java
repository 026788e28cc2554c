package nl.ivbplanner.kpi;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MeasurementRepository extends JpaRepository<Measurement, Long> {

    List<Measurement> findByKpi(Kpi kpi);

    /** The form's side of measurement_once_per_period_idx (V12): the period ignoring case and outer spaces, and the year. */
    @Query("""
            select count(m) > 0 from Measurement m where m.kpi = :kpi and lower(trim(m.period)) = lower(trim(:period))
              and (m.year = :year or (m.year is null and :year is null))""")
    boolean existsForPeriod(Kpi kpi, String period, Integer year);

    @Query("select m from Measurement m where m.kpi = :kpi order by m.year nulls first, m.peildatum nulls first, m.id")
    List<Measurement> findInOrder(Kpi kpi);

    @Query("select m from Measurement m where m.kpi.planId = :planId")
    List<Measurement> findByPlanId(long planId);
}
