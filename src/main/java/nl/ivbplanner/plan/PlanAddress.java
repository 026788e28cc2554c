package nl.ivbplanner.plan;

import nl.ivbplanner.framework.FrameworkAddress;

/**
 * Where a plan is found: its municipality's and framework's slugs and its year, as in every address below
 * {@link #PATH}. Bound once from the path for any handler that takes it, and the one place plan URLs are built.
 */
public record PlanAddress(String municipality, String framework, int year) {

    public static final String PATH = "/gemeenten/{municipality}/kaders/{framework}/plannen/{year}";

    /** The plan page. */
    public String url() {
        return frameworkUrl() + "/plannen/" + year;
    }

    /** A page below the plan page, such as {@code begroting} or {@code kpis/12/bewerken}. */
    public String url(String below) {
        return url() + "/" + below;
    }

    /** The framework page, which the plans of every year are listed on. */
    public String frameworkUrl() {
        return new FrameworkAddress(municipality, framework).url();
    }
}
