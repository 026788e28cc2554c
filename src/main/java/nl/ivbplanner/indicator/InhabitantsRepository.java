package nl.ivbplanner.indicator;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface InhabitantsRepository extends JpaRepository<Inhabitants, Long> {

    List<Inhabitants> findByMunicipalityIdOrderByYearDesc(long municipalityId);

    Optional<Inhabitants> findByMunicipalityIdAndYear(long municipalityId, int year);

    boolean existsByMunicipalityIdAndYear(long municipalityId, int year);
}
