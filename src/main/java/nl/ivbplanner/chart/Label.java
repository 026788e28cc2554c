package nl.ivbplanner.chart;

/** A text in a chart at (x, y), y being its baseline; anchor is SVG's text-anchor (start, middle, end). */
public record Label(double x, double y, String text, String anchor) {}
