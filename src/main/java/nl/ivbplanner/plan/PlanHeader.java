package nl.ivbplanner.plan;

import java.time.LocalDate;

/**
 * What every page of a plan shows above its content, and what it checks access with: the plan, its framework and its
 * municipality. Read by {@link PlanHeaderQueries} in one statement.
 */
public record PlanHeader(
        long municipalityId,
        String municipalitySlug,
        String municipalityName,
        boolean publishPublicly,
        long frameworkId,
        String frameworkSlug,
        String frameworkTitle,
        int frameworkLastYear,
        long planId,
        int year,
        String title,
        PlanState state,
        LocalDate adoptedOn,
        LocalDate evaluatedOn,
        String defaultLead) {

    public PlanAddress address() {
        return new PlanAddress(municipalitySlug, frameworkSlug, year);
    }

    /**
     * A public document: adopted or evaluated, of a municipality that publishes. Anyone reads it without signing in
     * (the public reports, the API); a concept never is one.
     */
    public boolean isPublished() {
        return publishPublicly && !state.isConcept();
    }

    /** The framework's period ends with this plan: its unfinished work continues under a next framework. */
    public boolean lastOfFramework() {
        return year >= frameworkLastYear;
    }
}
