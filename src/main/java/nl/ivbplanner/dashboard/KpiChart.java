package nl.ivbplanner.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.ivbplanner.kpi.KpiFigures;
import nl.ivbplanner.kpi.Reading;

/**
 * A small line chart of one KPI in SVG units: the baseline, the measurements in time order, and the target as a
 * dashed line. Points are spread evenly in time order; the table beside the chart gives their periods.
 */
record KpiChart(List<Dot> dots, String line, Double targetY, Dot baseline, String firstLabel, String lastLabel) {

    static final int WIDTH = 240;
    static final int HEIGHT = 90;
    private static final int PADDING = 10;

    /** The chart of a numeric KPI; null for a milestone or a KPI without any number. */
    static KpiChart of(KpiFigures kpi) {
        if (kpi.milestone()) {
            return null;
        }
        List<Reading> points = kpi.series().stream()
                .filter(r -> r.value() != null && !repeatsBaseline(kpi, r))
                .toList();
        List<BigDecimal> values =
                new ArrayList<>(points.stream().map(Reading::value).toList());
        if (kpi.baselineValue() != null) {
            values.add(kpi.baselineValue());
        }
        if (kpi.targetValue() != null) {
            values.add(kpi.targetValue());
        }
        if (values.isEmpty()) {
            return null;
        }
        double max = values.stream().mapToDouble(BigDecimal::doubleValue).max().orElse(1);
        double min = Math.min(
                0, values.stream().mapToDouble(BigDecimal::doubleValue).min().orElse(0));
        double range = max - min == 0 ? 1 : max - min;
        int slots = points.size() + (kpi.baselineValue() != null ? 1 : 0);
        List<Dot> dots = new ArrayList<>();
        Dot baseline = null;
        int slot = 0;
        if (kpi.baselineValue() != null) {
            baseline = new Dot(x(slot++, slots), y(kpi.baselineValue().doubleValue(), min, range));
        }
        StringBuilder line = new StringBuilder(baseline == null ? "" : baseline.x() + "," + baseline.y());
        for (Reading point : points) {
            Dot dot = new Dot(x(slot++, slots), y(point.value().doubleValue(), min, range));
            dots.add(dot);
            line.append(line.isEmpty() ? "" : " ").append(dot.x()).append(",").append(dot.y());
        }
        Double target = kpi.targetValue() == null ? null : y(kpi.targetValue().doubleValue(), min, range);
        String first = kpi.baselineYear() != null
                ? String.valueOf(kpi.baselineYear())
                : points.isEmpty() ? "" : points.get(0).period();
        String last = points.isEmpty() ? "" : points.get(points.size() - 1).period();
        return new KpiChart(dots, line.toString(), target, baseline, first, last);
    }

    /** Documents often print the baseline as their first figure too; the chart shows it once. */
    private static boolean repeatsBaseline(KpiFigures kpi, Reading reading) {
        return kpi.baselineValue() != null
                && reading.year() != null
                && reading.year().equals(kpi.baselineYear())
                && reading.value().compareTo(kpi.baselineValue()) == 0;
    }

    private static double x(int slot, int slots) {
        return slots <= 1 ? WIDTH / 2.0 : PADDING + (WIDTH - 2.0 * PADDING) * slot / (slots - 1);
    }

    private static double y(double value, double min, double range) {
        return Math.round((HEIGHT - PADDING - (HEIGHT - 2.0 * PADDING) * (value - min) / range) * 10) / 10.0;
    }

    record Dot(double x, double y) {}
}
