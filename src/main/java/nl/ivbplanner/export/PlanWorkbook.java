package nl.ivbplanner.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import nl.ivbplanner.formation.FormationTable;
import nl.ivbplanner.kpi.KpiFigures;
import nl.ivbplanner.kpi.Reading;
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
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            activities(workbook, styles);
            figureSheets(workbook, styles);
            capacityTotals(workbook, styles);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The workbook is written in memory, so this does not happen", e);
        }
    }

    /**
     * The sheets after the activities that the import reads back: KPI's, their measurements, budget and formation. The
     * blank import template has them too, with their headers only.
     */
    void figureSheets(XSSFWorkbook workbook, WorkbookStyles styles) {
        kpis(workbook, styles);
        measurements(workbook, styles);
        budget(workbook, styles);
        capacity(workbook, styles);
    }

    private void activities(XSSFWorkbook workbook, WorkbookStyles styles) {
        List<ActivityColumns.Column> columns = ActivityColumns.of(plan.header());
        SheetWriter sheet = sheet(
                workbook,
                styles,
                "export.sheet.activities",
                columns.stream().map(ActivityColumns.Column::headerKey).toList(),
                columns.stream().map(ActivityColumns.Column::width).toList());
        sheet.noteOnHeader(0, texts.get("export.activity.id.note"));
        for (ExportActivity activity : plan.activities()) {
            sheet.nextRow();
            columns.forEach(column -> {
                if (column == ActivityColumns.REFERENCE) {
                    sheet.reference(activity.id());
                } else {
                    sheet.text(column.value().apply(activity));
                }
            });
        }
        sheet.addFilter();
    }

    private void kpis(XSSFWorkbook workbook, WorkbookStyles styles) {
        SheetWriter sheet = sheet(
                workbook,
                styles,
                "export.sheet.kpis",
                List.of(
                        "export.kpi.id",
                        "export.kpi.name",
                        "export.kpi.theme",
                        "export.kpi.unit",
                        "export.kpi.unit-text",
                        "export.kpi.baseline",
                        "export.kpi.baseline-year",
                        "export.kpi.comparator",
                        "export.kpi.target",
                        "export.kpi.target-year",
                        "export.kpi.measurements",
                        "export.kpi.assessment"),
                List.of(10, 50, 30, 16, 20, 15, 12, 15, 15, 12, 30, 20));
        sheet.noteOnHeader(0, texts.get("export.kpi.id.note"));
        sheet.noteOnHeader(3, texts.get("export.kpi.unit.note"));
        // the series and the assessment follow from the measurements, which the import reads on their own sheet
        sheet.noteOnHeader(10, texts.get("export.kpi.derived.note"));
        sheet.noteOnHeader(11, texts.get("export.kpi.derived.note"));
        for (KpiFigures kpi : plan.kpis()) {
            sheet.nextRow()
                    .reference(kpi.id())
                    .text(kpi.name())
                    .text(kpi.theme())
                    .text(kpi.milestone() ? null : texts.get("kpi.unit." + kpi.unitKind()))
                    .text(kpi.unitText())
                    .numberOrText(kpi.baselineValue(), kpi.baselineText(), styles.kpiValue(kpi.unitKind()))
                    .number(year(kpi.baselineYear()), styles.whole())
                    .text(kpi.comparator() == null ? null : texts.get("kpi.comparator." + kpi.comparator()))
                    .numberOrText(kpi.targetValue(), kpi.targetText(), styles.kpiValue(kpi.unitKind()))
                    .number(year(kpi.targetYear()), styles.whole())
                    .text(series(kpi))
                    .text(texts.get("kpi.outcome." + kpi.assessment().outcome()));
        }
        sheet.addFilter();
    }

    /** Every measurement of every KPI, one per row, so a spreadsheet can compare the years. */
    private void measurements(XSSFWorkbook workbook, WorkbookStyles styles) {
        SheetWriter sheet = sheet(
                workbook,
                styles,
                "export.sheet.measurements",
                List.of(
                        "export.measurement.id",
                        "export.kpi.name",
                        "export.measurement.period",
                        "export.measurement.year",
                        "export.measurement.value",
                        "export.measurement.printed",
                        "export.kpi.peildatum"),
                List.of(10, 50, 20, 10, 15, 25, 14));
        sheet.noteOnHeader(0, texts.get("export.measurement.id.note"));
        sheet.noteOnHeader(5, texts.get("export.measurement.printed.note"));
        for (KpiFigures kpi : plan.kpis()) {
            for (Reading reading : kpi.series()) {
                sheet.nextRow()
                        .reference(reading.id())
                        .text(kpi.name())
                        .text(reading.period())
                        .number(year(reading.year()), styles.whole())
                        .number(reading.value(), styles.kpiValue(kpi.unitKind()))
                        .text(printed(kpi, reading))
                        .date(reading.peildatum());
            }
        }
        sheet.addFilter();
    }

    /** The series in one cell, as the plan page shows it: '2024: 1; 2025: 9'. */
    private String series(KpiFigures kpi) {
        return kpi.series().stream()
                .map(r -> r.period() + ": " + printed(kpi, r))
                .collect(Collectors.joining("; "));
    }

    private String printed(KpiFigures kpi, Reading reading) {
        if (kpi.milestone() && reading.valueText() == null) {
            return texts.get(reading.value().signum() > 0 ? "measurement.reached.JA" : "measurement.reached.NEE");
        }
        return kpi.shown(reading);
    }

    private static BigDecimal year(Integer year) {
        return year == null ? null : BigDecimal.valueOf(year);
    }

    private void budget(XSSFWorkbook workbook, WorkbookStyles styles) {
        SheetWriter sheet = sheet(
                workbook,
                styles,
                "export.sheet.budget",
                List.of(
                        "export.budget.id",
                        "export.budget.table",
                        "export.budget.label",
                        "export.budget.amount",
                        "export.budget.remark"),
                List.of(10, 35, 50, 16, 40));
        sheet.noteOnHeader(0, texts.get("export.budget.id.note"));
        for (ExportBudgetLine line : plan.budget()) {
            BigDecimal euros = line.amountCents() == null ? null : BigDecimal.valueOf(line.amountCents(), 2);
            sheet.nextRow()
                    .reference(line.id())
                    .text(line.tableTitle())
                    .text(line.label())
                    .numberOrText(euros, line.amountText(), styles.euro())
                    .text(line.remark());
        }
        sheet.addFilter();
    }

    /** Every line, with whose staff it is and whether it is part of a total line, so sums can be made right. */
    private void capacity(XSSFWorkbook workbook, WorkbookStyles styles) {
        SheetWriter sheet = sheet(
                workbook,
                styles,
                "export.sheet.capacity",
                List.of(
                        "export.capacity.id",
                        "export.capacity.table",
                        "export.capacity.group",
                        "export.capacity.function",
                        "export.capacity.organisation",
                        "export.capacity.part",
                        "export.capacity.existing",
                        "export.capacity.added"),
                List.of(10, 35, 30, 45, 16, 14, 14, 14));
        sheet.noteOnHeader(0, texts.get("export.capacity.id.note"));
        for (FormationTable table : plan.capacity()) {
            for (FormationTable.Line line : table.lines()) {
                sheet.nextRow()
                        .reference(line.id())
                        .text(table.title())
                        .text(line.groupName())
                        .text(line.functionName())
                        .text(texts.get("capacity.organisation." + line.organisation()))
                        .text(line.part() ? texts.get("export.capacity.part.yes") : null)
                        .number(line.fteExisting(), styles.decimal())
                        .number(line.fteAdded(), styles.decimal());
            }
        }
        sheet.addFilter();
    }

    /** The totals as the plan page shows them: printed by the document, or per organisation without the parts. */
    private void capacityTotals(XSSFWorkbook workbook, WorkbookStyles styles) {
        SheetWriter sheet = sheet(
                workbook,
                styles,
                "export.sheet.capacity-totals",
                List.of(
                        "export.capacity.table",
                        "export.capacity.total",
                        "export.capacity.existing",
                        "export.capacity.added"),
                List.of(35, 30, 14, 14));
        for (FormationTable table : plan.capacity()) {
            for (FormationTable.Total total : table.totals()) {
                sheet.nextRow()
                        .text(table.title())
                        .text(
                                table.printed() != null || total.organisation() == null
                                        ? texts.get("plan.capacity.total")
                                        : texts.get("plan.capacity.total." + total.organisation()))
                        .number(total.existing(), styles.decimal())
                        .number(total.added(), styles.decimal());
            }
        }
        sheet.addFilter();
    }

    private SheetWriter sheet(
            XSSFWorkbook workbook,
            WorkbookStyles styles,
            String nameKey,
            List<String> headerKeys,
            List<Integer> widths) {
        // a translated name could hold a character that Excel forbids in sheet names
        String name = WorkbookUtil.createSafeSheetName(texts.get(nameKey));
        return new SheetWriter(
                workbook.createSheet(name),
                styles,
                headerKeys.stream().map(texts::get).toList(),
                widths);
    }
}
