package nl.ivbplanner.chart;

import static nl.ivbplanner.chart.Geometry.FONT;
import static nl.ivbplanner.chart.Geometry.WIDTH;
import static nl.ivbplanner.chart.Geometry.round;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Horizontal bars, one per category: the category's name above its bar (wrapped, never cut off, so long theme names
 * fit a phone), the bar from nothing to its value, and the value written just past the bar's end. A category without
 * a value gets no bar and its {@code missing} text. Negative values run left of a zero line.
 */
public record BarChart(double width, double height, double zero, Fill fill, List<Row> rows) {

    private static final double BAR = 16;
    private static final double GAP = 10;

    public record Bar(Text label, BigDecimal value) {}

    /** A row: its name in one or more lines (text of the first, or the whole Text when it is a message key). */
    public record Row(Text name, List<Label> lines, double x, double y, double width, double height, Label value) {}

    public static BarChart of(List<Bar> bars, Function<BigDecimal, String> format, String missing) {
        double min = bars.stream()
                .map(Bar::value)
                .filter(Objects::nonNull)
                .mapToDouble(BigDecimal::doubleValue)
                .min()
                .orElse(0);
        double max = bars.stream()
                .map(Bar::value)
                .filter(Objects::nonNull)
                .mapToDouble(BigDecimal::doubleValue)
                .max()
                .orElse(0);
        min = Math.min(0, min);
        max = Math.max(0, max);
        double room = bars.stream()
                        .map(b -> b.value() == null ? missing : format.apply(b.value()))
                        .mapToDouble(Geometry::textWidth)
                        .max()
                        .orElse(0)
                + 8;
        double from = min < 0 ? room : 0;
        double to = WIDTH - room;
        double span = max - min == 0 ? 1 : max - min;
        double zero = from + (to - from) * (0 - min) / span;
        List<Row> rows = new ArrayList<>();
        double y = 0;
        for (Bar bar : bars) {
            List<Label> lines = new ArrayList<>();
            List<String> wrapped = bar.label().literal() == null
                    ? List.of("")
                    : Geometry.wrap(bar.label().literal(), WIDTH);
            for (String line : wrapped) {
                y += FONT + 3;
                lines.add(new Label(0, round(y), line, "start"));
            }
            y += 4;
            BigDecimal value = bar.value();
            double end = value == null ? zero : from + (to - from) * (value.doubleValue() - min) / span;
            double x = Math.min(zero, end);
            boolean negative = value != null && value.signum() < 0;
            Label written = new Label(
                    round(negative ? end - 4 : end + 4),
                    round(y + BAR / 2 + FONT * 0.35),
                    value == null ? missing : format.apply(value),
                    negative ? "end" : "start");
            rows.add(new Row(bar.label(), lines, round(x), round(y), round(Math.abs(end - zero)), BAR, written));
            y += BAR + GAP;
        }
        return new BarChart(WIDTH, round(Math.max(y, 1)), round(zero), Fill.BLUE_SOLID, rows);
    }
}
