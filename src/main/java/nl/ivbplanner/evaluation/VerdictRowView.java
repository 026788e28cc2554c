package nl.ivbplanner.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row of the evaluation page as shown: the stored verdict, what the form holds (the user's input after a failed
 * save), the field messages, and a colleague's verdict when they saved in between.
 */
record VerdictRowView(
        VerdictRow row,
        String status,
        String resultText,
        String version,
        Map<String, String> errors,
        VerdictRow conflict,
        boolean saved) {

    static VerdictRowView of(VerdictRow row) {
        return new VerdictRowView(row, row.status(), row.resultText(), versionOf(row), Map.of(), null, false);
    }

    static VerdictRowView saved(VerdictRow row) {
        return new VerdictRowView(row, row.status(), row.resultText(), versionOf(row), Map.of(), null, true);
    }

    static VerdictRowView failed(VerdictRow stored, EvaluationForm input, Map<String, String> errors) {
        return new VerdictRowView(stored, input.oordeel(), input.resultaat(), input.version(), errors, null, false);
    }

    /** The user's input stays; the version becomes the colleague's, so the next save overwrites knowingly. */
    static VerdictRowView conflict(VerdictRow stored, EvaluationForm input) {
        return new VerdictRowView(
                stored, input.oordeel(), input.resultaat(), versionOf(stored), Map.of(), stored, false);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    private static String versionOf(VerdictRow row) {
        return row.version() == null ? "" : row.version().toString();
    }

    /** The rows under their main theme, as the plan page groups them; one row may be replaced by its failed save. */
    static List<ThemeGroup> groups(List<VerdictRow> rows, VerdictRowView replacement) {
        Map<Long, ThemeGroup> groups = new LinkedHashMap<>();
        for (VerdictRow row : rows) {
            VerdictRowView view =
                    replacement != null && replacement.row().activityId() == row.activityId() ? replacement : of(row);
            groups.computeIfAbsent(row.mainThemeId(), id -> new ThemeGroup(id, row.mainTheme(), new ArrayList<>()))
                    .rows()
                    .add(view);
        }
        return List.copyOf(groups.values());
    }

    record ThemeGroup(long id, String name, List<VerdictRowView> rows) {}
}
