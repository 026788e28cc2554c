package nl.ivbplanner.plan;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ActivityRepository extends JpaRepository<Activity, Long> {

    /** The activity with its plan, if it belongs to the municipality: one query for the edit page. */
    @Query("""
            select a from Activity a join fetch a.plan p
            where a.id = :id and p.frameworkId in
                (select f.id from PolicyFramework f where f.municipalityId = :municipalityId)""")
    Optional<Activity> findInMunicipality(long id, long municipalityId);
}
