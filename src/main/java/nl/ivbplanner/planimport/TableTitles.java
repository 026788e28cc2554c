package nl.ivbplanner.planimport;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.ivbplanner.planimport.PlanTableQueries.StoredTable;

/**
 * The Tabel column of budget or formation rows against the plan's tables of that kind, titles compared without case
 * and with any run of spaces as one. A new row naming a title the plan does not have goes into a new table, as an
 * advisor who types a new title expects (the preview shows it as a new table, so a typing error is seen before
 * anything is written); every row naming that title goes into the same one, titled as the first of them wrote it.
 */
final class TableTitles {

    /** As long as a table's title may be on the tables page. */
    static final int MAX_TITLE = 300;

    /** A table of the plan ({@code id}), or a new one ({@code id} null) with its title. */
    record Target(Long id, String title) {

        boolean isNew() {
            return id == null;
        }
    }

    private final Map<String, Target> byTitle = new HashMap<>();
    private final Map<Long, String> titles = new HashMap<>();

    TableTitles(List<StoredTable> tables) {
        for (StoredTable table : tables) {
            // two tables of one title: a new row goes to the first, as the tables page lists them
            byTitle.putIfAbsent(PlanWorkbookReader.normal(table.title()), new Target(table.id(), table.title()));
            titles.put(table.id(), table.title());
        }
    }

    String title(long tableId) {
        return titles.get(tableId);
    }

    /**
     * Whether a row of a stored line names the line's table in column {@code key} (or leaves it empty); a line cannot
     * move to another table by an import, which is a problem at the cell.
     */
    boolean keeps(PlanTableSheet.Row row, String key, long tableId, List<ImportProblem> problems) {
        String written = row.text(key);
        if (written == null
                || PlanWorkbookReader.normal(written).equals(PlanWorkbookReader.normal(titles.get(tableId)))) {
            return true;
        }
        problems.add(
                ImportProblem.at(row.place(key), "import.problem.table-line.table-moved", written, title(tableId)));
        return false;
    }

    /**
     * The table a new row names in column {@code key}: one of the plan's or a new one; null when it names none or a
     * new title that is too long, which is a problem at the cell.
     */
    Target forNewRow(PlanTableSheet sheet, PlanTableSheet.Row row, String key, List<ImportProblem> problems) {
        String written = row.text(key);
        if (written == null) {
            problems.add(
                    ImportProblem.at(row.place(key), "import.problem.table-line.table-missing", sheet.header(key)));
            return null;
        }
        Target target = byTitle.computeIfAbsent(PlanWorkbookReader.normal(written), title -> new Target(null, written));
        return target.isNew() && !row.fits(key, written, MAX_TITLE, problems) ? null : target;
    }

    /** The label of a new row in the preview: its table, marked when new, and its own label. */
    static String label(Target table, String line, Function<String, String> labels) {
        return (table.isNew()
                        ? table.title() + " (" + labels.apply("import.table-line.new-table") + ")"
                        : table.title())
                + ": " + line;
    }
}
