package nl.ivbplanner.evaluation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StatusLegendRepository extends JpaRepository<StatusLegend, Long> {

    List<StatusLegend> findByMunicipalityIdOrderByStatus(Long municipalityId);
}
