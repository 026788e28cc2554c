package nl.ivbplanner.planimport;

import java.util.List;
import java.util.Set;
import nl.ivbplanner.plan.ExecutionPlan;
import nl.ivbplanner.planimport.ImportPreview.FieldChange;
import nl.ivbplanner.planimport.ImportPreview.Missing;

/**
 * What one {@link SheetImport} would do to the plan, shown in the preview like the activities: new and changed rows
 * (each changed field with its texts before and after), how many stay as they are, the plan's rows the sheet no
 * longer has (removed only when ticked, with the form field {@code verwijderen-<code>}) and the problems. The writer
 * writes exactly these changes; it is left out of the fingerprint.
 *
 * @param code a short name for the form field of the rows to remove, such as {@code kpi}
 * @param sheetKey the message key of the sheet's name, as the preview's heading
 */
record SheetChanges(
        String code,
        String sheetKey,
        List<Line> added,
        List<Line> changed,
        int unchanged,
        List<Missing> missing,
        List<ImportProblem> problems,
        Writer writer) {

    /** Before the code: the form fields of the ticked rows. */
    static final String REMOVE_FIELD_PREFIX = "verwijderen-";

    /** A row as the preview names it: its place in the sheet, its id (null when new), a label and its changes. */
    record Line(SourcePlace place, Long id, String label, List<FieldChange> changes) {}

    /** Writes the changes into the plan, removing the ticked ones among {@link #missing()}. */
    @FunctionalInterface
    interface Writer {
        void write(ExecutionPlan plan, Set<Long> remove);
    }

    /** A sheet that changes nothing: absent from the workbook, or unreadable for the given problems. */
    static SheetChanges none(String code, String sheetKey, List<ImportProblem> problems) {
        return new SheetChanges(
                code, sheetKey, List.of(), List.of(), 0, List.of(), List.copyOf(problems), (plan, remove) -> {});
    }

    public boolean nothingChanged() {
        return added.isEmpty() && changed.isEmpty() && missing.isEmpty();
    }

    /** The form field whose values are the ids of the missing rows the user ticked. */
    public String removeField() {
        return REMOVE_FIELD_PREFIX + code;
    }

    /** What the fingerprint covers: everything the preview shows, nothing of the writer. */
    List<?> shown() {
        return List.of(code, added, changed, missing);
    }
}
