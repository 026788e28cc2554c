package nl.ivbplanner.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import nl.ivbplanner.framework.ThemeOption;
import nl.ivbplanner.plan.ObjectiveOption;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The blank workbook a new plan's activities, KPIs, measurements, budget and formation are typed into and then
 * imported: those sheets of the export with their headers only, and a sheet listing the framework's themes and the plan's objectives as the import accepts
 * them. The Thema and Subthema columns offer those themes in a drop-down list.
 */
final class ImportTemplateWorkbook {

    /** Rows (below the header) that get the drop-down lists; more than any plan has had (Rijswijk's 84). */
    static final int ROWS_WITH_LISTS = 1000;

    // the themes sheet: main themes, sub-themes with their main theme, objectives with their theme, a blank
    // column between the three lists so that nobody reads a row across them
    private static final int MAIN_THEMES = 0;
    private static final int SUB_THEMES = 2;
    private static final int OBJECTIVES = 5;

    private final ImportTemplate template;
    private final ExportTexts texts;

    ImportTemplateWorkbook(ImportTemplate template, ExportTexts texts) {
        this.template = template;
        this.texts = texts;
    }

    byte[] toBytes() {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            List<ActivityColumns.Column> columns = ActivityColumns.planned();
            XSSFSheet activities = workbook.createSheet(sheetName("export.sheet.activities"));
            SheetWriter writer = new SheetWriter(
                    activities,
                    styles,
                    columns.stream().map(c -> texts.get(c.headerKey())).toList(),
                    columns.stream().map(ActivityColumns.Column::width).toList());
            writer.noteOnHeader(0, texts.get("export.activity.id.note"));
            writer.columnStyle(0, styles.reference());
            new PlanWorkbook(new PlanExport(template.header(), List.of(), List.of(), List.of(), List.of()), texts)
                    .figureSheets(workbook, styles);
            XSSFSheet themes = workbook.createSheet(sheetName("import.template.sheet.themes"));
            themes(themes, styles);
            offer(activities, columns.indexOf(column("export.activity.theme")), themes, MAIN_THEMES, mainThemes());
            offer(activities, columns.indexOf(column("export.activity.sub-theme")), themes, SUB_THEMES, subThemes());
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The workbook is written in memory, so this does not happen", e);
        }
    }

    private void themes(XSSFSheet sheet, WorkbookStyles styles) {
        SheetWriter writer = new SheetWriter(
                sheet,
                styles,
                List.of(
                        texts.get("export.activity.theme"),
                        "",
                        texts.get("export.activity.sub-theme"),
                        texts.get("import.template.themes.parent"),
                        "",
                        texts.get("export.activity.objective"),
                        texts.get("import.template.themes.objective-theme")),
                List.of(35, 3, 35, 35, 3, 60, 45));
        List<ThemeOption> subThemes = template.subThemes();
        List<ObjectiveOption> objectives = template.objectives();
        int rows = Math.max(mainThemes(), Math.max(subThemes.size(), objectives.size()));
        for (int i = 0; i < rows; i++) {
            writer.nextRow()
                    .text(
                            i < mainThemes()
                                    ? ImportTemplate.label(template.mainThemes().get(i))
                                    : null)
                    .text(null)
                    .text(i < subThemes.size() ? ImportTemplate.label(subThemes.get(i)) : null)
                    .text(i < subThemes.size() ? template.parentLabel(subThemes.get(i)) : null)
                    .text(null)
                    .text(i < objectives.size() ? objectives.get(i).label() : null)
                    .text(i < objectives.size() ? objectives.get(i).themeLabel() : null);
        }
    }

    /**
     * A drop-down list in the column of the Activities sheet with the values of a list on the themes sheet. Another
     * value gets a warning, not a refusal: the import names what does not fit, and a theme may still be added.
     */
    private void offer(XSSFSheet activities, int column, XSSFSheet themes, int listColumn, int size) {
        if (size == 0) {
            return; // an empty list would be an invalid reference
        }
        String list = "'" + themes.getSheetName().replace("'", "''") + "'!"
                + new CellReference(1, listColumn, true, true).formatAsString() + ":"
                + new CellReference(size, listColumn, true, true).formatAsString();
        DataValidationHelper helper = activities.getDataValidationHelper();
        DataValidation validation = helper.createValidation(
                helper.createFormulaListConstraint(list), new CellRangeAddressList(1, ROWS_WITH_LISTS, column, column));
        validation.setSuppressDropDownArrow(true);
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
        validation.createErrorBox(
                texts.get("import.template.validation.title"), texts.get("import.template.validation.text"));
        activities.addValidationData(validation);
    }

    private int mainThemes() {
        return template.mainThemes().size();
    }

    private int subThemes() {
        return template.subThemes().size();
    }

    private String sheetName(String key) {
        // a translated name could hold a character that Excel forbids in sheet names
        return WorkbookUtil.createSafeSheetName(texts.get(key));
    }

    private static ActivityColumns.Column column(String headerKey) {
        return ActivityColumns.planned().stream()
                .filter(c -> c.headerKey().equals(headerKey))
                .findFirst()
                .orElseThrow();
    }
}
