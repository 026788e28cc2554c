package nl.ivbplanner.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A small line chart of one KPI in SVG units: the baseline, the measurements in time order, and the target as a
 * dashed line. Points are spread evenly in time order; the table beside the chart gives their periods.
 */
record KpiChart(List<Dot> dots, String line, Double targetY, Dot baseline, String firstLabel, String lastLabel) {

    static final int WIDTH = 240;
    static final int HEIGHT = 90;
    private static final int PADDING = 10;

    static KpiChart of(DashboardQueries.Kpi kpi, List<DashboardQueries.Point> points) {
        List<BigDecimal> values = new ArrayList<>(points.stream().map(DashboardQueries.Point::value).toList());
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
        double min = Math.min(0, values.stream().mapToDouble(BigDecimal::doubleValue).min().orElse(0));
        double range = max - min == 0 ? 1 : max - min;
        int slots = points.size() + (kpi.baselineValue() != null ? 1 : 0);
        List<Dot> dots = new ArrayList<>();
        Dot baseline = null;
        int slot = 0;
        if (kpi.baselineValue() != null) {
            baseline = new Dot(x(slot++, slots), y(kpi.baselineValue().doubleValue(), min, range));
        }
        StringBuilder line = new StringBuilder(baseline == null ? "" : baseline.x() + "," + baseline.y());
        for (DashboardQueries.Point point : points) {
            Dot dot = new Dot(x(slot++, slots), y(point.value().doubleValue(), min, range));
            dots.add(dot);
            line.append(line.isEmpty() ? "" : " ").append(dot.x()).append(",").append(dot.y());
        }
        Double target = kpi.targetValue() == null ? null : y(kpi.targetValue().doubleValue(), min, range);
        String first = kpi.baselineYear() != null ? String.valueOf(kpi.baselineYear())
                : points.isEmpty() ? "" : points.get(0).period();
        String last = points.isEmpty() ? "" : points.get(points.size() - 1).period();
        return new KpiChart(dots, line.toString(), target, baseline, first, last);
    }

    private static double x(int slot, int slots) {
        return slots <= 1 ? WIDTH / 2.0 : PADDING + (WIDTH - 2.0 * PADDING) * slot / (slots - 1);
    }

    private static double y(double value, double min, double range) {
        return Math.round((HEIGHT - PADDING - (HEIGHT - 2.0 * PADDING) * (value - min) / range) * 10) / 10.0;
    }

    record Dot(double x, double y) {
    }
}
