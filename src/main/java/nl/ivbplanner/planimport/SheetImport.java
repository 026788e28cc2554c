package nl.ivbplanner.planimport;

import java.util.List;
import java.util.function.Function;
import nl.ivbplanner.plan.PlanHeader;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A sheet of the exported workbook besides the activities that an import reads back (the KPI's, the budget, the
 * formation): it compares its rows with the plan, matched by the Kenmerk column the export writes, and hands the
 * preview what would change together with the means to write exactly that once the preview is confirmed.
 */
interface SheetImport {

    /**
     * The message keys of the sheet names it reads ({@code export.sheet.*}); the activity reader leaves sheets of
     * these names, in Dutch or English, to it.
     */
    List<String> sheetKeys();

    /**
     * What the workbook's sheets would change in the plan; nothing is written. A workbook without these sheets (the
     * import template, an older export) changes nothing here.
     *
     * @param labels a message key in the user's language, for the places of problems
     */
    SheetChanges compare(XSSFWorkbook workbook, PlanHeader plan, Function<String, String> labels);
}
