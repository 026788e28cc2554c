package nl.ivbplanner.chart;

/** A tick of an axis: its position along the axis (an SVG coordinate) and its label. */
public record Tick(double position, String label) {}
