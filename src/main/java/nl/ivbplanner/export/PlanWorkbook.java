package nl.ivbplanner.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes a plan as an Excel workbook: activities, KPIs, budget and formation, each on a sheet of its own. */
final class PlanWorkbook {

    private final PlanExport plan;
    private final ExportTexts texts;

    PlanWorkbook(PlanExport plan, ExportTexts texts) {
        this.plan = plan;
        this.texts = texts;
    }

    byte[] toBytes() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            activities(workbook, styles);
            kpis(workbook, styles);
            budget(workbook, styles);
            capacity(workbook, styles);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The workbook is written in memory, so this does not happen", e);
        }
    }

    private void activities(XSSFWorkbook workbook, WorkbookStyles styles) {
        List<ActivityColumns.Column> columns = ActivityColumns.of(plan.header());
        SheetWriter sheet = sheet(workbook, styles, "export.sheet.activities",
                columns.stream().map(ActivityColumns.Column::headerKey).toList(),
                columns.stream().map(ActivityColumns.Column::width).toList());
        for (ExportActivity activity : plan.activities()) {
            sheet.nextRow();
            columns.forEach(column -> sheet.text(column.value().apply(activity)));
        }
        sheet.addFilter();
    }

    private void kpis(XSSFWorkbook workbook, WorkbookStyles styles) {
        SheetWriter sheet = sheet(workbook, styles, "export.sheet.kpis",
                List.of("export.kpi.name", "export.kpi.unit", "export.kpi.baseline", "export.kpi.comparator",
                        "export.kpi.target", "export.kpi.target-year", "export.kpi.latest", "export.kpi.peildatum"),
                List.of(50, 20, 15, 15, 15, 12, 15, 14));
        for (ExportKpi kpi : plan.kpis()) {
            sheet.nextRow().text(kpi.name()).text(kpi.unit())
                    .numberOrText(kpi.baselineValue(), kpi.baselineText(), styles.decimal())
                    .text(kpi.comparator() == null ? null : texts.get("kpi.comparator." + kpi.comparator()))
                    .numberOrText(kpi.targetValue(), kpi.targetText(), styles.decimal())
                    .number(kpi.targetYear() == null ? null : BigDecimal.valueOf(kpi.targetYear()), styles.whole())
                    .numberOrText(kpi.latestValue(), kpi.latestText(), styles.decimal())
                    .date(kpi.latestPeildatum());
        }
        sheet.addFilter();
    }

    private void budget(XSSFWorkbook workbook, WorkbookStyles styles) {
        SheetWriter sheet = sheet(workbook, styles, "export.sheet.budget",
                List.of("export.budget.table", "export.budget.label", "export.budget.amount", "export.budget.remark"),
                List.of(35, 50, 16, 40));
        for (ExportBudgetLine line : plan.budget()) {
            BigDecimal euros = line.amountCents() == null ? null : BigDecimal.valueOf(line.amountCents(), 2);
            sheet.nextRow().text(line.tableTitle()).text(line.label())
                    .numberOrText(euros, line.amountText(), styles.euro()).text(line.remark());
        }
        sheet.addFilter();
    }

    private void capacity(XSSFWorkbook workbook, WorkbookStyles styles) {
        SheetWriter sheet = sheet(workbook, styles, "export.sheet.capacity",
                List.of("export.capacity.table", "export.capacity.group", "export.capacity.function",
                        "export.capacity.existing", "export.capacity.added"),
                List.of(35, 30, 45, 14, 14));
        for (ExportCapacityLine line : plan.capacity()) {
            sheet.nextRow().text(line.tableTitle()).text(line.groupName()).text(line.functionName())
                    .number(line.fteExisting(), styles.decimal()).number(line.fteAdded(), styles.decimal());
        }
        sheet.addFilter();
    }

    private SheetWriter sheet(XSSFWorkbook workbook, WorkbookStyles styles, String nameKey, List<String> headerKeys,
            List<Integer> widths) {
        // a translated name could hold a character that Excel forbids in sheet names
        String name = WorkbookUtil.createSafeSheetName(texts.get(nameKey));
        return new SheetWriter(workbook.createSheet(name), styles,
                headerKeys.stream().map(texts::get).toList(), widths);
    }
}
