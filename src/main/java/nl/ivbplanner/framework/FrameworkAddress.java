package nl.ivbplanner.framework;

import nl.ivbplanner.web.PageAddress;

/**
 * Where a framework is found: its municipality's slug and its own, as in every address below {@link #PATH}. Bound
 * from the path for any handler that takes it ({@link FrameworkAddressBinding}), and builds the framework's URLs.
 */
public record FrameworkAddress(String municipality, String framework) implements PageAddress {

    public static final String PATH = "/gemeenten/{municipality}/kaders/{framework}";

    /** The framework page. */
    @Override
    public String url() {
        return "/gemeenten/" + municipality + "/kaders/" + framework;
    }
}
