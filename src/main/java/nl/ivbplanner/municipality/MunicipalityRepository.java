package nl.ivbplanner.municipality;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MunicipalityRepository extends JpaRepository<Municipality, Long> {

    Optional<Municipality> findBySlug(String slug);

    List<Municipality> findAllByOrderByName();
}
