package nl.ivbplanner.chart;

/**
 * How an area is filled: a colour and a pattern, so two keys differ in black and white and for readers who do not
 * tell the colours apart. The template defines one SVG pattern per constant ({@code chart-fill-NAME}).
 */
public enum Fill {
    /** Solid dark green, as 'gereed'. */
    GREEN_SOLID,
    /** Yellow with diagonal hatching, as 'op schema'. */
    YELLOW_HATCHED,
    /** Red with crossed hatching, as 'niet uitgevoerd'. */
    RED_CROSSED,
    /** Light grey with dots, as 'not evaluated'. */
    GREY_DOTTED,
    /** Solid blue, for a single series of amounts. */
    BLUE_SOLID;

    /** The fill of a verdict status (GREEN, YELLOW, RED, anything else not evaluated). */
    public static Fill ofStatus(String status) {
        return switch (status) {
            case "GREEN" -> GREEN_SOLID;
            case "YELLOW" -> YELLOW_HATCHED;
            case "RED" -> RED_CROSSED;
            default -> GREY_DOTTED;
        };
    }

    /** The reference to the pattern, for an SVG fill attribute. */
    public String url() {
        return "url(#chart-fill-" + name() + ")";
    }
}
