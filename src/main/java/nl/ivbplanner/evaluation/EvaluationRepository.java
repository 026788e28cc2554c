package nl.ivbplanner.evaluation;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EvaluationRepository extends JpaRepository<Evaluation, Long> {

    Optional<Evaluation> findByActivityIdAndMoment(long activityId, EvaluationMoment moment);
}
