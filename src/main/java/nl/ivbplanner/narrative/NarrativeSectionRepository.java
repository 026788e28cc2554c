package nl.ivbplanner.narrative;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NarrativeSectionRepository extends JpaRepository<NarrativeSection, Long> {

    List<NarrativeSection> findByPlanIdOrderByPositionAscIdAsc(long planId);

    Optional<NarrativeSection> findByIdAndPlanId(long id, long planId);

    List<NarrativeSection> findByFrameworkIdOrderByPositionAscIdAsc(long frameworkId);

    Optional<NarrativeSection> findByIdAndFrameworkId(long id, long frameworkId);
}
