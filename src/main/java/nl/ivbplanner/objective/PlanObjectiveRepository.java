package nl.ivbplanner.objective;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The objectives of yearly plans; framework-level objectives (no plan) are never found here. */
public interface PlanObjectiveRepository extends JpaRepository<Objective, Long> {

    Optional<Objective> findByIdAndPlanId(long id, long planId);

    /** The plan's goals of one theme in their order: the list that Omhoog and Omlaag work in. */
    List<Objective> findByPlanIdAndThemeIdOrderByPositionAscIdAsc(long planId, long themeId);

    @Query(
            "select coalesce(max(o.position) + 1, 0) from Objective o where o.planId = :planId and o.theme.id = :themeId")
    int nextPosition(long planId, long themeId);

    List<Objective> findByPlanId(long planId);
}
