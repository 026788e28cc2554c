package nl.ivbplanner.report;

import java.util.List;
import nl.ivbplanner.kpi.KpiFigures;
import nl.ivbplanner.planview.FrameworkHeader;
import nl.ivbplanner.planview.FrameworkView;

/** A framework's report: mission, vision, themes with their sub-themes and goals, and its indicators. */
record FrameworkReport(
        FrameworkHeader header, List<FrameworkView.ThemeBlock> themes, List<KpiFigures> kpis, boolean published) {}
