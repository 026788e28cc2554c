package nl.ivbplanner.plan;

import java.util.List;
import java.util.Optional;

/**
 * The objectives an activity or KPI of a plan may answer to: the plan's own and its framework's, each of its own theme.
 * One statement for the form, and the same list decides whether a chosen objective fits. Declared here, where plans
 * need it, and answered by the objectives' read model, so that objectives depend on plans and not the other way.
 */
public interface ObjectiveChoices {

    /**
     * The plan's and the framework's objectives in tree order of their themes, then in their own order; a sub-theme
     * is labelled with its main theme, since sub-themes of different main themes share letters ('A. Drugshandel').
     */
    List<ObjectiveOption> forPlan(long planId, long frameworkId);

    /**
     * Whether the objective may be chosen for something under the theme: it belongs to the plan or to its framework,
     * and to that very theme. Empty when it fits, else the message key that says why not.
     */
    static Optional<String> problem(List<ObjectiveOption> options, long objectiveId, Long themeId) {
        Optional<ObjectiveOption> chosen =
                options.stream().filter(o -> o.id() == objectiveId).findFirst();
        if (chosen.isEmpty()) {
            return Optional.of("objective.choice.unknown");
        }
        if (themeId == null) {
            return Optional.of("objective.choice.no-theme");
        }
        if (chosen.get().themeId() != themeId) {
            return Optional.of("objective.choice.other-theme");
        }
        return Optional.empty();
    }
}
