package nl.ivbplanner.kpi;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MeasurementRepository extends JpaRepository<Measurement, Long> {

    List<Measurement> findByKpi(Kpi kpi);

    @Query("select m from Measurement m where m.kpi = :kpi order by m.year nulls first, m.peildatum nulls first, m.id")
    List<Measurement> findInOrder(Kpi kpi);
}
