package nl.ivbplanner.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.ivbplanner.chart.LineChart;
import nl.ivbplanner.chart.Text;
import nl.ivbplanner.kpi.KpiUnit;

/**
 * The linked KPIs of the region's municipalities for one standard indicator: every value in a table, and the values
 * grouped by unit for charts, so that figures of different units never share an axis. The first group holds the
 * values in the indicator's unit (recorded or converted); each other unit (a yearly count without inhabitants) gets a
 * group of its own.
 */
public record IndicatorComparison(
        String code, String name, String source, KpiUnit unitKind, List<IndicatorValue> values) {

    /** The values of one unit: a series per municipality (and KPI, when it has more than one), in year order. */
    public record UnitGroup(KpiUnit unitKind, String unit, boolean indicatorUnit, List<Series> series) {

        /** Its line chart: the years any series has a value for, one line per series. */
        public LineChart chart() {
            List<Integer> years = series.stream()
                    .flatMap(s -> s.points().stream())
                    .map(Point::year)
                    .distinct()
                    .sorted()
                    .toList();
            return LineChart.of(
                    years.stream().map(String::valueOf).toList(),
                    series.stream()
                            .map(s -> LineChart.Series.of(Text.of(s.name()), s.valuesIn(years)))
                            .toList(),
                    unitKind::format,
                    unit == null || unit.isBlank() ? Text.key("kpi.unit." + unitKind) : Text.of(unit),
                    null);
        }
    }

    /** A municipality's values of one KPI; {@code name} is the municipality's, with the KPI's when it has two. */
    public record Series(String name, List<Point> points) {

        /** A value per year (null where it has none); of two measurements in a year, the later one. */
        List<BigDecimal> valuesIn(List<Integer> years) {
            List<BigDecimal> values = new ArrayList<>();
            for (Integer year : years) {
                BigDecimal value = null;
                for (Point point : points) {
                    if (point.year() == year) {
                        value = point.value();
                    }
                }
                values.add(value);
            }
            return values;
        }
    }

    public record Point(int year, BigDecimal value) {}

    /** Whether the table needs the column of values converted to the indicator's unit. */
    public boolean anyConverted() {
        return values.stream().anyMatch(v -> v.converted(unitKind));
    }

    public List<UnitGroup> groups() {
        Map<GroupKey, Map<SeriesKey, List<Point>>> grouped = new LinkedHashMap<>();
        grouped.put(new GroupKey(unitKind, null, true), new LinkedHashMap<>());
        for (IndicatorValue value : values) {
            if (!value.chartable()) {
                continue;
            }
            BigDecimal inUnit = value.inUnitOf(unitKind);
            GroupKey key = inUnit != null
                    ? new GroupKey(unitKind, null, true)
                    : new GroupKey(value.unitKind(), value.unit(), false);
            grouped.computeIfAbsent(key, k -> new LinkedHashMap<>())
                    .computeIfAbsent(new SeriesKey(value.municipalityName(), value.kpiName()), m -> new ArrayList<>())
                    .add(new Point(value.year(), inUnit != null ? inUnit : value.value()));
        }
        List<UnitGroup> groups = new ArrayList<>();
        grouped.forEach((key, series) -> {
            if (!series.isEmpty()) {
                groups.add(new UnitGroup(
                        key.unitKind(),
                        key.unit(),
                        key.indicatorUnit(),
                        series.entrySet().stream()
                                .map(e -> new Series(seriesName(e.getKey(), series.keySet()), e.getValue()))
                                .toList()));
            }
        });
        return groups;
    }

    private static String seriesName(SeriesKey key, java.util.Set<SeriesKey> all) {
        boolean moreThanOne = all.stream()
                        .filter(k -> k.municipality().equals(key.municipality()))
                        .count()
                > 1;
        return moreThanOne ? key.municipality() + ": " + key.kpi() : key.municipality();
    }

    private record GroupKey(KpiUnit unitKind, String unit, boolean indicatorUnit) {}

    private record SeriesKey(String municipality, String kpi) {}
}
