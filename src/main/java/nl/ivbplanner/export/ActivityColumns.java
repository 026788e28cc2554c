package nl.ivbplanner.export;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.ivbplanner.plan.PlanHeader;

/** The activity table's columns, shared by the Excel sheet and the CSV file so that both say the same. */
final class ActivityColumns {

    /** A column: its header's message key, its width in characters in Excel, and its text per activity. */
    record Column(String headerKey, int width, Function<ExportActivity, String> value) {}

    /**
     * The activity's id ('Kenmerk'), first, so that an edited workbook or CSV can be imported back and each row
     * matched to the activity it came from; empty in the import template, where every row is new.
     */
    static final Column REFERENCE = new Column("export.activity.id", 10, a -> String.valueOf(a.id()));

    private static final List<Column> PLANNED = List.of(
            REFERENCE,
            new Column("export.activity.theme", 30, ExportActivity::mainTheme),
            new Column("export.activity.sub-theme", 30, ExportActivity::subTheme),
            new Column("export.activity.objective", 45, ExportActivity::objective),
            new Column("export.activity.title", 45, ExportActivity::title),
            new Column("export.activity.description", 60, ExportActivity::description),
            new Column("export.activity.goal", 45, ExportActivity::goal),
            new Column("export.activity.partners", 35, ExportActivity::partners),
            new Column("export.activity.intended-result", 45, ExportActivity::intendedResult),
            new Column("export.activity.planning", 20, ExportActivity::planning));

    private static final List<Column> EVALUATED = List.of(
            new Column("export.activity.status", 20, ExportActivity::statusLabel),
            new Column("export.activity.result", 60, ExportActivity::resultText));

    private ActivityColumns() {}

    /** Verdict and result only for an evaluated plan: before that they would be empty or premature. */
    static List<Column> of(PlanHeader plan) {
        List<Column> columns = new ArrayList<>(PLANNED);
        if (plan.state().isEvaluated()) {
            columns.addAll(EVALUATED);
        }
        return columns;
    }

    /** The columns a new plan's activities are typed into: no verdict yet. */
    static List<Column> planned() {
        return PLANNED;
    }
}
