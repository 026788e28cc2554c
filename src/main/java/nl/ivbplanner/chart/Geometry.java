package nl.ivbplanner.chart;

import java.util.ArrayList;
import java.util.List;

/** Sizes shared by the charts, in SVG units, and the estimates that keep labels from running into each other. */
final class Geometry {

    /**
     * The width of a chart's viewBox; the SVG scales to its box, so this fixes the proportions and how large the text
     * is against the box: 400 units in a phone's 340 pixels still give 10 pixel text.
     */
    static final double WIDTH = 400;

    static final double FONT = 12;

    /** An average character of the sans-serif font at {@link #FONT}; labels are measured with it, never rendered. */
    private static final double CHARACTER = FONT * 0.58;

    private Geometry() {}

    static double textWidth(String text) {
        return text == null ? 0 : text.length() * CHARACTER;
    }

    static double textWidth(Text text) {
        return text == null ? 0 : text.length() * CHARACTER;
    }

    /** Coordinates with one decimal: enough for a screen, and a page that does not change byte by byte. */
    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    static String number(double value) {
        double rounded = round(value);
        return rounded == Math.rint(rounded) ? String.valueOf((long) rounded) : String.valueOf(rounded);
    }

    /** A label cut at spaces into lines that fit the width; a word longer than a line gets a line of its own. */
    static List<String> wrap(String text, double width) {
        int perLine = Math.max(4, (int) (width / CHARACTER));
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > perLine) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
