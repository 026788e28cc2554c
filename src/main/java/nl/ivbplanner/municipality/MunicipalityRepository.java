package nl.ivbplanner.municipality;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MunicipalityRepository extends JpaRepository<Municipality, Long> {

    Optional<Municipality> findBySlug(String slug);

    List<Municipality> findAllByOrderByName();

    /** The first municipalities by name: enough to tell whether there are more than a list in the header can hold. */
    List<Municipality> findAllByOrderByName(Limit limit);

    boolean existsBySlug(String slug);

    boolean existsByCbsCodeAndIdNot(String cbsCode, long id);

    /** The safety regions already in use, offered as suggestions so that one region is always spelt the same. */
    @Query("select distinct m.safetyRegion from Municipality m order by m.safetyRegion")
    List<String> findSafetyRegions();
}
