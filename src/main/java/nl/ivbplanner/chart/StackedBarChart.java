package nl.ivbplanner.chart;

import static nl.ivbplanner.chart.Geometry.FONT;
import static nl.ivbplanner.chart.Geometry.WIDTH;
import static nl.ivbplanner.chart.Geometry.round;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.ivbplanner.common.DutchNumbers;

/**
 * Vertical bars of counts, one per category (a year), each split into segments per key (a verdict) stacked from the
 * axis up in the keys' order. A segment tall and wide enough carries its count in a white label; the total stands
 * above the bar. The y axis counts, with round ticks.
 */
public record StackedBarChart(
        double width,
        double height,
        double left,
        double right,
        double top,
        double bottom,
        Text axisTitle,
        List<Tick> ticks,
        List<Column> columns,
        List<LegendEntry> legend) {

    private static final double HEIGHT = 200;
    private static final double TOP = 34;
    private static final double MAX_BAR = 64;

    /** What is counted: its name and fill, in the order the segments stack. */
    public record Key(Text label, Fill fill) {}

    /** A category's label and its count per key, in the keys' order. */
    public record Stack(String label, List<Integer> counts) {}

    public record Column(List<Label> labels, List<Segment> segments, Label total) {}

    /** A segment of a bar; label is null where the count does not fit inside it (the table beside it has it). */
    public record Segment(Fill fill, double x, double y, double width, double height, Label label, Pill pill) {}

    /** The white ground under a label inside a segment, so the count reads on any pattern. */
    public record Pill(double x, double y, double width, double height) {}

    public static StackedBarChart of(Text axisTitle, List<Key> keys, List<Stack> stacks) {
        int largest = stacks.stream()
                .mapToInt(s -> s.counts().stream().mapToInt(Integer::intValue).sum())
                .max()
                .orElse(0);
        Scale scale = Scale.of(0, largest, 5, true);
        List<BigDecimal> values = scale.ticks();
        double tickWidth = values.stream()
                .mapToDouble(v -> Geometry.textWidth(DutchNumbers.format(v)))
                .max()
                .orElse(0);
        double left = Math.max(24, tickWidth + 10);
        double right = WIDTH - 4;
        double band = stacks.isEmpty() ? right - left : (right - left) / stacks.size();
        double barWidth = Math.min(MAX_BAR, band * 0.6);
        int labelLines = stacks.stream()
                .mapToInt(s -> Geometry.wrap(s.label(), band - 4).size())
                .max()
                .orElse(1);
        double bottom = TOP + HEIGHT;
        double height = bottom + 6 + labelLines * (FONT + 2);
        List<Tick> ticks = values.stream()
                .map(v -> new Tick(round(bottom - HEIGHT * scale.fraction(v.doubleValue())), DutchNumbers.format(v)))
                .toList();
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < stacks.size(); i++) {
            Stack stack = stacks.get(i);
            double middle = left + band * (i + 0.5);
            double x = middle - barWidth / 2;
            double y = bottom;
            List<Segment> segments = new ArrayList<>();
            int total = 0;
            for (int k = 0; k < keys.size() && k < stack.counts().size(); k++) {
                int count = stack.counts().get(k);
                if (count <= 0) {
                    continue;
                }
                total += count;
                double h = HEIGHT * scale.fraction(count) - HEIGHT * scale.fraction(0);
                y -= h;
                String text = DutchNumbers.format(BigDecimal.valueOf(count));
                double textWidth = Geometry.textWidth(text) + 6;
                boolean fits = h >= FONT + 4 && barWidth >= textWidth + 2;
                segments.add(new Segment(
                        keys.get(k).fill(),
                        round(x),
                        round(y),
                        round(barWidth),
                        round(h),
                        fits ? new Label(round(middle), round(y + h / 2 + FONT * 0.35), text, "middle") : null,
                        fits
                                ? new Pill(
                                        round(middle - textWidth / 2),
                                        round(y + h / 2 - FONT / 2 - 1),
                                        textWidth,
                                        FONT + 2)
                                : null));
            }
            List<Label> labels = new ArrayList<>();
            List<String> lines = Geometry.wrap(stack.label(), band - 4);
            for (int l = 0; l < lines.size(); l++) {
                labels.add(new Label(round(middle), round(bottom + FONT + 4 + l * (FONT + 2)), lines.get(l), "middle"));
            }
            Label totalLabel =
                    new Label(round(middle), round(y - 5), DutchNumbers.format(BigDecimal.valueOf(total)), "middle");
            columns.add(new Column(labels, segments, totalLabel));
        }
        List<LegendEntry> legend =
                keys.stream().map(k -> LegendEntry.area(k.label(), k.fill())).toList();
        return new StackedBarChart(
                WIDTH, round(height), round(left), right, TOP, bottom, axisTitle, ticks, columns, legend);
    }
}
