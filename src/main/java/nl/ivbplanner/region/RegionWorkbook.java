package nl.ivbplanner.region;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.ivbplanner.export.SheetWriter;
import nl.ivbplanner.export.WorkbookStyles;
import nl.ivbplanner.indicator.IndicatorComparison;
import nl.ivbplanner.indicator.IndicatorValue;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;

/**
 * The region view as a workbook, for the year it shows: per municipality, per field of Kernbeleid Veiligheid and
 * municipality, the comparable indicators, and the shared partners; typed numbers, so that the figures can be summed
 * and compared in Excel.
 */
final class RegionWorkbook {

    private final RegionView view;
    private final MessageSource messages;
    private final Locale locale;

    RegionWorkbook(RegionView view, MessageSource messages, Locale locale) {
        this.view = view;
        this.messages = messages;
        this.locale = locale;
    }

    byte[] toBytes() {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            municipalities(workbook, styles);
            fields(workbook, styles);
            indicators(workbook, styles);
            partners(workbook, styles);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The workbook is written in memory, so this does not happen", e);
        }
    }

    private void municipalities(XSSFWorkbook workbook, WorkbookStyles styles) {
        SheetWriter sheet = sheet(
                workbook,
                styles,
                "region.totals.heading",
                withVerdicts(new Column("region.column.municipality", 28), new Column("region.column.activities", 14)));
        for (RegionView.MunicipalityTotal total : view.totals()) {
            sheet.nextRow().text(total.municipality().name()).number(count(total.activities()), styles.whole());
            verdicts(sheet, styles, total.verdicts());
        }
        sheet.addFilter();
    }

    private void fields(XSSFWorkbook workbook, WorkbookStyles styles) {
        SheetWriter sheet = sheet(
                workbook,
                styles,
                "region.export.fields",
                withVerdicts(
                        new Column("region.column.field", 40),
                        new Column("region.column.municipality", 24),
                        new Column("region.column.themes", 60),
                        new Column("region.column.activities", 14)));
        for (RegionView.FieldView field : view.fields()) {
            String name = field.field() == null ? text("region.field.none") : text("kernbeleid." + field.field());
            for (RegionView.MunicipalityInField municipality : field.municipalities()) {
                sheet.nextRow()
                        .text(name)
                        .text(municipality.municipality().name())
                        .text(municipality.themes().stream()
                                .map(RegionThemeRow::displayName)
                                .collect(Collectors.joining("; ")))
                        .number(count(municipality.activities()), styles.whole());
                verdicts(sheet, styles, municipality.verdicts());
            }
        }
        sheet.addFilter();
    }

    /** Every value of the comparable indicators, in its own unit and, where it is or converts, the indicator's. */
    private void indicators(XSSFWorkbook workbook, WorkbookStyles styles) {
        SheetWriter sheet = sheet(
                workbook,
                styles,
                "region.indicators.heading",
                List.of(
                        new Column("indicator.column.name", 40),
                        new Column("region.column.municipality", 24),
                        new Column("region.indicators.kpi", 48),
                        new Column("indicator.links.document", 36),
                        new Column("region.indicators.year", 10),
                        new Column("region.indicators.value", 14),
                        new Column("indicator.column.unit", 24),
                        new Column("region.export.in-indicator-unit", 16),
                        new Column("region.export.converted", 12),
                        new Column("inhabitants.column.number", 14),
                        new Column("region.indicators.peildatum", 14),
                        new Column("region.indicators.source", 30)));
        for (IndicatorComparison comparison : view.indicators()) {
            for (IndicatorValue value : comparison.values()) {
                boolean converted = value.converted(comparison.unitKind());
                sheet.nextRow()
                        .text(comparison.name())
                        .text(value.municipalityName())
                        .text(value.kpiName())
                        .text(
                                value.planYear() == null
                                        ? value.frameworkTitle()
                                        : messages.getMessage(
                                                "indicator.links.plan",
                                                new Object[] {value.frameworkTitle(), String.valueOf(value.planYear())},
                                                locale))
                        .text(value.year() == null ? value.period() : String.valueOf(value.year()))
                        .numberOrText(value.value(), value.valueText(), styles.decimal())
                        .text(
                                value.unit() == null || value.unit().isBlank()
                                        ? text("kpi.unit." + value.unitKind())
                                        : value.unit())
                        .number(value.inUnitOf(comparison.unitKind()), styles.decimal())
                        .text(converted ? text("region.export.yes") : "")
                        .number(converted ? BigDecimal.valueOf(value.inhabitants()) : null, styles.whole())
                        .date(value.peildatum())
                        .text(value.source());
            }
        }
        sheet.addFilter();
    }

    private void partners(XSSFWorkbook workbook, WorkbookStyles styles) {
        SheetWriter sheet = sheet(
                workbook,
                styles,
                "region.partners.heading",
                List.of(
                        new Column("region.column.partner", 36),
                        new Column("region.column.municipalities", 48),
                        new Column("region.column.activities", 14),
                        new Column("region.column.trekker", 14),
                        new Column("region.column.regie", 14),
                        new Column("region.column.betrokken", 14)));
        for (PartnerSummaryRow partner : view.partners()) {
            sheet.nextRow()
                    .text(partner.name())
                    .text(partner.municipalities())
                    .number(count(partner.activities()), styles.whole())
                    .number(count(partner.trekker()), styles.whole())
                    .number(count(partner.regie()), styles.whole())
                    .number(count(partner.betrokken()), styles.whole());
        }
        sheet.addFilter();
    }

    /** A column: the message key of its header, and its width in characters. */
    private record Column(String key, int width) {}

    /** The sheet named by the message key, with its header row and column widths. */
    private SheetWriter sheet(XSSFWorkbook workbook, WorkbookStyles styles, String titleKey, List<Column> columns) {
        return new SheetWriter(
                workbook.createSheet(text(titleKey)),
                styles,
                columns.stream().map(c -> text(c.key())).toList(),
                columns.stream().map(Column::width).toList());
    }

    /** The columns followed by green, yellow and red, as {@link #verdicts} writes them. */
    private static List<Column> withVerdicts(Column... columns) {
        return Stream.concat(
                        Stream.of(columns),
                        Stream.of("green", "yellow", "red").map(status -> new Column("region.export." + status, 14)))
                .toList();
    }

    /** Green, yellow and red, in that order, as the view counts them. */
    private static void verdicts(SheetWriter sheet, WorkbookStyles styles, List<RegionView.Verdict> verdicts) {
        for (String status : List.of("GREEN", "YELLOW", "RED")) {
            sheet.number(
                    count(verdicts.stream()
                            .filter(v -> v.status().equals(status))
                            .mapToLong(RegionView.Verdict::count)
                            .sum()),
                    styles.whole());
        }
    }

    private static BigDecimal count(long n) {
        return BigDecimal.valueOf(n);
    }

    private String text(String key) {
        return messages.getMessage(key, null, locale);
    }
}
