package nl.ivbplanner.export;

import java.util.List;
import nl.ivbplanner.formation.FormationTable;
import nl.ivbplanner.kpi.KpiFigures;
import nl.ivbplanner.plan.PlanHeader;

/** Everything one export writes, read with a fixed number of statements. */
record PlanExport(
        PlanHeader header,
        List<ExportActivity> activities,
        List<KpiFigures> kpis,
        List<ExportBudgetLine> budget,
        List<FormationTable> capacity) {}
