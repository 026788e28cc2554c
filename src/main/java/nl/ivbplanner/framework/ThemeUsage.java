package nl.ivbplanner.framework;

import java.util.ArrayList;
import java.util.List;

/**
 * What still refers to a theme. A theme in use is not deleted: activities, KPIs, budget lines and sections have
 * no cascade, and objectives and sub-themes would silently disappear with it.
 */
record ThemeUsage(long activities, long kpis, long budgetLines, long objectives, long sections, long subThemes) {

    public boolean inUse() {
        return !uses().isEmpty();
    }

    /** Each kind of use with its count, for a list that explains the refusal; empty when unused. */
    public List<Use> uses() {
        List<Use> uses = new ArrayList<>();
        add(uses, "theme.use.activities", activities);
        add(uses, "theme.use.kpis", kpis);
        add(uses, "theme.use.budget-lines", budgetLines);
        add(uses, "theme.use.objectives", objectives);
        add(uses, "theme.use.sections", sections);
        add(uses, "theme.use.sub-themes", subThemes);
        return uses;
    }

    private static void add(List<Use> uses, String messageKey, long count) {
        if (count > 0) {
            uses.add(new Use(messageKey, count));
        }
    }

    record Use(String messageKey, long count) {}
}
