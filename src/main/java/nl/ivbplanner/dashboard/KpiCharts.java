package nl.ivbplanner.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.ivbplanner.chart.LineChart;
import nl.ivbplanner.chart.Text;
import nl.ivbplanner.kpi.KpiFigures;
import nl.ivbplanner.kpi.Reading;

/** A KPI as a line chart: its baseline, its measurements in time order and its target, in the KPI's own unit. */
public final class KpiCharts {

    private KpiCharts() {}

    /** The chart of a numeric KPI; null for a milestone or a KPI without any measured or baseline number. */
    public static LineChart of(KpiFigures kpi) {
        if (kpi.milestone()) {
            return null;
        }
        List<String> periods = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        if (kpi.baselineValue() != null) {
            periods.add(kpi.baselineYear() == null ? "" : String.valueOf(kpi.baselineYear()));
            values.add(kpi.baselineValue());
        }
        for (Reading reading : kpi.series()) {
            if (reading.value() != null && !repeatsBaseline(kpi, reading)) {
                periods.add(reading.period());
                values.add(reading.value());
            }
        }
        if (values.isEmpty()) {
            return null;
        }
        Text unit = kpi.unitText() != null ? Text.of(kpi.unitText()) : Text.key("kpi.unit." + kpi.unitKind());
        return LineChart.of(
                periods,
                List.of(new LineChart.Series(Text.key("chart.measured"), values, kpi.baselineValue() != null ? 0 : -1)),
                kpi.unitKind()::format,
                unit,
                kpi.targetValue() == null
                        ? null
                        : new LineChart.Reference(Text.key("chart.target"), kpi.targetValue()));
    }

    /** Documents often print the baseline as their first figure too; the chart shows it once. */
    private static boolean repeatsBaseline(KpiFigures kpi, Reading reading) {
        return kpi.baselineValue() != null
                && reading.year() != null
                && reading.year().equals(kpi.baselineYear())
                && reading.value().compareTo(kpi.baselineValue()) == 0;
    }
}
