package nl.ivbplanner.history;

import java.util.List;
import nl.ivbplanner.plan.PlanHeader;

/** A page of a plan's history: the plan, the changes on this page (newest first), who may be filtered on, paging. */
public record PlanHistory(
        PlanHeader header, List<HistoryEntry> entries, List<Option> people, long total, int page, int pageSize) {

    /** A person to filter on: the user name sent, the name shown. */
    public record Option(String username, String name) {}

    public int pages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }
}
