package nl.ivbplanner.report;

import java.util.List;
import nl.ivbplanner.kpi.KpiFigures;
import nl.ivbplanner.planview.BudgetRow;
import nl.ivbplanner.planview.FrameworkHeader;
import nl.ivbplanner.planview.FrameworkView;
import nl.ivbplanner.planview.PlanLink;
import nl.ivbplanner.planview.PlanView;

/**
 * A framework's report, the whole document the council adopted: mission, vision and success factors, every narrative
 * section ({@code flow}), the themes with their sub-themes, goals and multi-year lines, the indicators, the budget,
 * and the yearly plans made under it with their state (for the public only those adopted).
 */
record FrameworkReport(
        FrameworkHeader header,
        ReportFlow flow,
        List<FrameworkView.ThemeBlock> themes,
        List<KpiFigures> kpis,
        List<PlanView.Table<BudgetRow>> budgetTables,
        List<PlanLink> plans,
        boolean published) {}
