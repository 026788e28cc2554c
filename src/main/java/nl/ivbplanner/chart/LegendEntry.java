package nl.ivbplanner.chart;

/**
 * One entry of a chart's legend: a fill (areas), or a marker (a series' points, hollow for a baseline), or a dashed
 * line (a target), or both (a dashed series); with its name.
 */
public record LegendEntry(Text label, Fill fill, Marker marker, boolean hollow, boolean dashed) {

    static LegendEntry area(Text label, Fill fill) {
        return new LegendEntry(label, fill, null, false, false);
    }

    static LegendEntry points(Text label, Marker marker, boolean hollow) {
        return new LegendEntry(label, null, marker, hollow, false);
    }

    /** A line chart's series: its marker, and for a dashed series its line and a hollow marker. */
    static LegendEntry series(Text label, Marker marker, boolean dashed) {
        return new LegendEntry(label, null, marker, dashed, dashed);
    }

    static LegendEntry line(Text label) {
        return new LegendEntry(label, null, null, false, true);
    }

    /** The entry's marker drawn in its swatch (20 by 16 units), or null. */
    public String shape() {
        return marker == null ? null : marker.path(10, 8, LineChart.RADIUS);
    }
}
