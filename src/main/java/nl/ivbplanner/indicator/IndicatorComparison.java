package nl.ivbplanner.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.ivbplanner.kpi.KpiUnit;

/**
 * The linked KPIs of the region's municipalities for one standard indicator: every value in a table, and the values
 * grouped by unit for charts, so that figures of different units never share an axis. The first group holds the
 * values in the indicator's unit (recorded or converted); each other unit (a yearly count without inhabitants) gets a
 * group of its own.
 */
public record IndicatorComparison(
        String code, String name, String source, KpiUnit unitKind, List<IndicatorValue> values) {

    /** The values of one unit: a series per municipality, in year order. */
    public record UnitGroup(KpiUnit unitKind, String unit, boolean indicatorUnit, List<Series> series) {}

    public record Series(String municipalityName, List<Point> points) {}

    public record Point(int year, BigDecimal value) {}

    /** Whether the table needs the column of values converted to the indicator's unit. */
    public boolean anyConverted() {
        return values.stream().anyMatch(v -> v.converted(unitKind));
    }

    public List<UnitGroup> groups() {
        Map<GroupKey, Map<String, List<Point>>> grouped = new LinkedHashMap<>();
        grouped.put(new GroupKey(unitKind, null, true), new LinkedHashMap<>());
        for (IndicatorValue value : values) {
            if (value.year() == null || value.value() == null) {
                continue;
            }
            BigDecimal inUnit = value.inUnitOf(unitKind);
            GroupKey key = inUnit != null
                    ? new GroupKey(unitKind, null, true)
                    : new GroupKey(value.unitKind(), value.unit(), false);
            grouped.computeIfAbsent(key, k -> new LinkedHashMap<>())
                    .computeIfAbsent(value.municipalityName(), m -> new ArrayList<>())
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
                                .map(e -> new Series(e.getKey(), e.getValue()))
                                .toList()));
            }
        });
        return groups;
    }

    /** The municipalities with a value, in the order of the table. */
    public List<String> municipalities() {
        return values.stream()
                .map(IndicatorValue::municipalityName)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }

    private record GroupKey(KpiUnit unitKind, String unit, boolean indicatorUnit) {}
}
