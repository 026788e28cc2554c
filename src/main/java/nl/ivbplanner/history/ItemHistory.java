package nl.ivbplanner.history;

import java.util.List;
import nl.ivbplanner.plan.PlanHeader;

/**
 * The history of one item of a plan and its parts (a KPI with its measurements): what it is, its name as last known,
 * the address it is read or edited at (null when it no longer exists, or has no page of its own), and the changes.
 */
public record ItemHistory(
        PlanHeader header, String kind, String label, String itemUrl, List<HistoryRow> rows, boolean staff) {}
