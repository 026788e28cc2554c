package nl.ivbplanner.plan;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanStateChangeRepository extends JpaRepository<PlanStateChange, Long> {

    boolean existsByPlanId(long planId);
}
