package nl.ivbplanner.plan;

import nl.ivbplanner.framework.FrameworkAddress;
import nl.ivbplanner.web.PageAddress;

/**
 * Where a plan is found: its municipality's and framework's slugs and its year, as in every address below
 * {@link #PATH}. Bound once from the path for any handler that takes it, and the one place plan URLs are built.
 */
public record PlanAddress(String municipality, String framework, int year) implements PageAddress {

    public static final String PATH = "/gemeenten/{municipality}/kaders/{framework}/plannen/{year}";

    /** The plan page. */
    @Override
    public String url() {
        return frameworkUrl() + "/plannen/" + year;
    }

    /** The framework page, which the plans of every year are listed on. */
    public String frameworkUrl() {
        return new FrameworkAddress(municipality, framework).url();
    }
}
