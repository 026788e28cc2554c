package nl.ivbplanner.chart;

/** The shape and colour of a line chart's series, so series differ by more than colour; taken in this order. */
public enum Marker {
    CIRCLE("#1f3a5f"),
    SQUARE("#a0461b"),
    TRIANGLE("#2e6b30"),
    DIAMOND("#6a2c70"),
    CROSS("#4a4a4a");

    private final String colour;

    Marker(String colour) {
        this.colour = colour;
    }

    public String colour() {
        return colour;
    }

    static Marker of(int series) {
        return values()[series % values().length];
    }

    /** The marker as an SVG path around (x, y): the same size of shape for each kind. */
    public String path(double x, double y, double r) {
        return switch (this) {
            case CIRCLE ->
                "M" + n(x - r) + "," + n(y) + "a" + n(r) + "," + n(r) + " 0 1,0 " + n(2 * r) + ",0a" + n(r) + "," + n(r)
                        + " 0 1,0 " + n(-2 * r) + ",0Z";
            case SQUARE -> "M" + n(x - r) + "," + n(y - r) + "h" + n(2 * r) + "v" + n(2 * r) + "h" + n(-2 * r) + "Z";
            case TRIANGLE ->
                "M" + n(x) + "," + n(y - r * 1.2) + "L" + n(x + r * 1.15) + "," + n(y + r * 0.8) + "L" + n(x - r * 1.15)
                        + "," + n(y + r * 0.8) + "Z";
            case DIAMOND ->
                "M" + n(x) + "," + n(y - r * 1.3) + "L" + n(x + r * 1.3) + "," + n(y) + "L" + n(x) + ","
                        + n(y + r * 1.3) + "L" + n(x - r * 1.3) + "," + n(y) + "Z";
            case CROSS ->
                "M" + n(x - r) + "," + n(y - r) + "L" + n(x + r) + "," + n(y + r) + "M" + n(x + r) + "," + n(y - r)
                        + "L" + n(x - r) + "," + n(y + r);
        };
    }

    private static String n(double value) {
        return Geometry.number(value);
    }
}
