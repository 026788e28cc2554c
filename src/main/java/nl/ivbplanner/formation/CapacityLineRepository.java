package nl.ivbplanner.formation;

import nl.ivbplanner.plantables.TableLineRepository;

public interface CapacityLineRepository extends TableLineRepository<CapacityLine, CapacityTable> {}
