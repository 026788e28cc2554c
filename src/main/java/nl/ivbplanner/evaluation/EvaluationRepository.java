package nl.ivbplanner.evaluation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EvaluationRepository extends JpaRepository<Evaluation, Long> {

    Optional<Evaluation> findByActivityIdAndMoment(long activityId, EvaluationMoment moment);

    @Query("select e from Evaluation e where e.activity.plan.id = :planId")
    List<Evaluation> findByPlanId(long planId);
}
