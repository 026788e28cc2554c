package nl.ivbplanner.report;

import java.util.List;
import java.util.Map;
import nl.ivbplanner.chart.LineChart;
import nl.ivbplanner.chart.StackedBarChart;
import nl.ivbplanner.chart.Text;
import nl.ivbplanner.dashboard.KpiCharts;
import nl.ivbplanner.evaluation.LegendEntry;
import nl.ivbplanner.evaluation.VerdictsPerYear;
import nl.ivbplanner.kpi.KpiFigures;

/**
 * The dashboard part of a progress report: the interim statuses of the plan, the year-end verdicts of the framework's
 * plans per year, and each numeric KPI's series, as charts (in the page) and as tables (in the page and the PDF).
 */
record ProgressDashboard(int year, List<Integer> interim, List<VerdictsPerYear.Year> years, List<KpiChart> kpis) {

    /** A KPI with its chart; the chart's figures are its baseline, series and target. */
    record KpiChart(KpiFigures kpi, LineChart chart) {}

    static ProgressDashboard of(PlanReport report, List<VerdictsPerYear.Year> years) {
        List<Integer> interim = PlanReport.VERDICTS.stream()
                .map(status -> (int) report.themeTables().stream()
                        .mapToLong(t -> report.interimCount(t, status))
                        .sum())
                .toList();
        List<KpiChart> kpis = report.kpis().stream()
                .map(k -> new KpiChart(k, KpiCharts.of(k)))
                .filter(k -> k.chart() != null)
                .toList();
        return new ProgressDashboard(report.header().year(), interim, years, kpis);
    }

    public int interimTotal() {
        return interim.stream().mapToInt(Integer::intValue).sum();
    }

    /** The plan's interim statuses as one bar, stacked as the verdicts are. */
    public StackedBarChart interimChart(Map<String, LegendEntry> legend) {
        return StackedBarChart.of(
                Text.key("chart.activities"),
                VerdictsPerYear.keys(legend),
                List.of(new StackedBarChart.Stack(String.valueOf(year), interim)));
    }

    /** The year-end verdicts of each adopted or evaluated plan of the framework. */
    public StackedBarChart trendChart(Map<String, LegendEntry> legend) {
        return VerdictsPerYear.chart(years, legend);
    }
}
