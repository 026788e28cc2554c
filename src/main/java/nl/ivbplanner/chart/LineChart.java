package nl.ivbplanner.chart;

import static nl.ivbplanner.chart.Geometry.FONT;
import static nl.ivbplanner.chart.Geometry.round;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Series of numbers of one unit over the same periods: each series a line with its own marker and colour, every point
 * with its value written above it, a series' baseline as a hollow marker, and the target as a dashed line named at its
 * right end. The y axis takes round ticks around the values and the target (from nothing when the values are not far
 * from it), written in the unit's own format.
 */
public record LineChart(
        double width,
        double height,
        double left,
        double right,
        double top,
        double bottom,
        Text unit,
        List<Tick> ticks,
        List<Label> periods,
        List<Line> lines,
        Target target,
        Double zero,
        List<LegendEntry> legend) {

    /** Narrower than the other charts: line charts go in cards side by side. */
    private static final double WIDTH = 360;

    private static final double HEIGHT = 170;
    private static final double TOP = 30;
    static final double RADIUS = 4.5;

    /**
     * A series: its name (in the legend), one value per period of the chart (null where it has none), and which of
     * them is its baseline (-1 for none).
     */
    public record Series(Text name, List<BigDecimal> values, int baseline) {

        public static Series of(Text name, List<BigDecimal> values) {
            return new Series(name, values, -1);
        }
    }

    /** A level to reach, drawn as a dashed line across the chart with its label. */
    public record Reference(Text label, BigDecimal value) {}

    /**
     * A series' line as an SVG path: a new stroke after each period without a value, so no line bridges a gap. The
     * markers' shapes and colours run out after five series: the next five are dashed with hollow markers.
     */
    public record Line(Marker marker, String colour, String path, List<Point> marks, boolean dashed) {}

    public record Point(double x, double y, boolean baseline, Label value, String shape) {}

    public record Target(double y, double x1, double x2, Label label, Text text) {}

    /**
     * The chart of the series over the periods (their labels, in order); values are written with {@code format}; the
     * unit names the axis; target may be null.
     */
    public static LineChart of(
            List<String> periods,
            List<Series> series,
            Function<BigDecimal, String> format,
            Text unit,
            Reference target) {
        List<Double> values = series.stream()
                .flatMap(s -> s.values().stream())
                .filter(Objects::nonNull)
                .map(BigDecimal::doubleValue)
                .toList();
        List<Double> all = Stream.concat(
                        values.stream(),
                        target == null || target.value() == null
                                ? Stream.empty()
                                : Stream.of(target.value().doubleValue()))
                .toList();
        double min = all.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = all.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        if (min > 0 && (min <= max / 2 || min == max)) {
            // counts and shares read best from nothing, a single one too; a report mark of 7,4 to 7,6 does not
            min = 0;
        }
        Scale scale = Scale.of(min, max, 5, false);
        List<String> tickTexts = scale.ticks().stream().map(format).toList();
        double left = Math.max(
                24, tickTexts.stream().mapToDouble(Geometry::textWidth).max().orElse(0) + 10);
        double right = WIDTH - 6;
        double bottom = TOP + HEIGHT;
        double band = (right - left) / Math.max(1, periods.size());
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i < tickTexts.size(); i++) {
            ticks.add(new Tick(y(scale, scale.ticks().get(i).doubleValue(), bottom), tickTexts.get(i)));
        }
        int periodLines = periods.stream()
                .mapToInt(p -> Geometry.wrap(p, band - 4).size())
                .max()
                .orElse(1);
        List<Label> periodLabels = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            List<String> wrapped = Geometry.wrap(periods.get(i), band - 4);
            for (int l = 0; l < wrapped.size(); l++) {
                periodLabels.add(new Label(
                        round(left + band * (i + 0.5)),
                        round(bottom + FONT + 6 + l * (FONT + 2)),
                        wrapped.get(l),
                        "middle"));
            }
        }
        List<Line> lines = new ArrayList<>();
        boolean baselines = false;
        for (int s = 0; s < series.size(); s++) {
            Series one = series.get(s);
            Marker marker = Marker.of(s);
            List<Point> marks = new ArrayList<>();
            StringBuilder path = new StringBuilder();
            boolean afterGap = true;
            for (int i = 0; i < one.values().size() && i < periods.size(); i++) {
                BigDecimal value = one.values().get(i);
                if (value == null) {
                    afterGap = true;
                    continue;
                }
                double x = round(left + band * (i + 0.5));
                double y = y(scale, value.doubleValue(), bottom);
                boolean baseline = i == one.baseline();
                baselines |= baseline;
                // the value above its point, or below it when the point is at the top of the chart
                double labelY = y - RADIUS - 5 < TOP - 4 ? y + RADIUS + FONT + 2 : y - RADIUS - 5;
                marks.add(new Point(
                        x,
                        y,
                        baseline,
                        new Label(x, round(labelY), format.apply(value), "middle"),
                        marker.path(x, y, baseline ? RADIUS + 1 : RADIUS)));
                path.append(path.isEmpty() ? "" : " ")
                        .append(afterGap ? 'M' : 'L')
                        .append(Geometry.number(x))
                        .append(',')
                        .append(Geometry.number(y));
                afterGap = false;
            }
            lines.add(new Line(marker, marker.colour(), path.toString(), marks, secondRound(s)));
        }
        Target line = null;
        if (target != null && target.value() != null) {
            double y = y(scale, target.value().doubleValue(), bottom);
            String text = format.apply(target.value());
            // named above the line at its right end, or below it when the line runs along the top
            double labelY = y - 5 - FONT < TOP - 10 ? y + FONT + 3 : y - 5;
            line = new Target(y, left, right, new Label(right, round(labelY), text, "end"), target.label());
        }
        List<LegendEntry> legend = new ArrayList<>();
        for (int s = 0; s < series.size(); s++) {
            legend.add(LegendEntry.series(series.get(s).name(), Marker.of(s), secondRound(s)));
        }
        if (baselines) {
            legend.add(LegendEntry.points(Text.key("chart.baseline"), Marker.CIRCLE, true));
        }
        if (line != null) {
            legend.add(LegendEntry.line(target.label()));
        }
        double zero = scale.contains(0) && scale.lower().signum() < 0 ? y(scale, 0, bottom) : Double.NaN;
        return new LineChart(
                WIDTH,
                round(bottom + 8 + periodLines * (FONT + 2)),
                round(left),
                right,
                TOP,
                bottom,
                unit,
                ticks,
                periodLabels,
                lines,
                line,
                Double.isNaN(zero) ? null : zero,
                legend);
    }

    /** Series 6 to 10 repeat the markers of 1 to 5, told apart by a dashed line and hollow markers. */
    private static boolean secondRound(int series) {
        return series / Marker.values().length % 2 == 1;
    }

    private static double y(Scale scale, double value, double bottom) {
        return round(bottom - HEIGHT * scale.fraction(value));
    }
}
