package nl.ivbplanner.dashboard;

import java.util.ArrayList;
import java.util.List;
import nl.ivbplanner.chart.Fill;

/**
 * A horizontal bar of verdict counts in a table row, drawn in SVG units (0 to {@link #WIDTH}) with the verdicts' chart
 * patterns; the numbers themselves are always written out beside the bar, so the bar is decoration for sighted
 * readers, never the only source.
 */
record StackedBar(List<Segment> segments) {

    static final int WIDTH = 300;

    /** A bar whose full width is {@code scale} activities: the largest theme, or the total for a 100% bar. */
    static StackedBar of(int green, int yellow, int red, int open, int scale) {
        List<Segment> segments = new ArrayList<>();
        double x = 0;
        int[] counts = {green, yellow, red, open};
        Fill[] fills = {Fill.GREEN_SOLID, Fill.YELLOW_HATCHED, Fill.RED_CROSSED, Fill.GREY_DOTTED};
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0 && scale > 0) {
                double width = (double) WIDTH * counts[i] / scale;
                segments.add(new Segment(fills[i], round(x), round(width)));
                x += width;
            }
        }
        return new StackedBar(segments);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    record Segment(Fill fill, double x, double width) {}
}
