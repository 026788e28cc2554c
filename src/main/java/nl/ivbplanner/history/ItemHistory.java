package nl.ivbplanner.history;

import java.util.List;

/**
 * The history of one item of a plan or framework and its parts (a KPI with its measurements): where it is (for the
 * page's crumbs), what it is, its name as last known, the address it is read or edited at (null when it no longer
 * exists, or has no page of its own), and the changes.
 */
public record ItemHistory(
        Place place, String kind, String label, String itemUrl, List<HistoryRow> rows, boolean staff) {

    /**
     * The plan or framework the item belongs to, with its municipality; {@code historyUrl} is the page of all its
     * changes (a plan's, for its staff), or null.
     */
    public record Place(
            String municipalitySlug, String municipalityName, String title, String url, String historyUrl) {}
}
