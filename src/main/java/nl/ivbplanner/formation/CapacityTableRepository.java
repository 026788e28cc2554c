package nl.ivbplanner.formation;

import nl.ivbplanner.plantables.PlanTableRepository;

public interface CapacityTableRepository extends PlanTableRepository<CapacityTable> {}
