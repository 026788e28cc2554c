package nl.ivbplanner.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What the activity form sends: its theme, the objective it answers to and its texts; the version detects a
 * colleague's save in between.
 */
public record ActivityForm(
        @NotBlank(message = "{activity.form.theme.required}") @Pattern(regexp = "\\d{1,18}", message = "{activity.form.theme.required}") String thema,
        @Pattern(regexp = "\\d{0,18}", message = "{objective.choice.unknown}") String objective,
        @NotBlank(message = "{activity.form.title.required}") @Size(max = 1000, message = "{form.too-long}") String title,
        @Size(max = 10000, message = "{form.too-long}") String description,
        @Size(max = 10000, message = "{form.too-long}") String goal,
        @Size(max = 10000, message = "{form.too-long}") String intendedResult,
        @Size(max = 300, message = "{form.too-long}") String planning,
        @NotNull Long version) {

    static ActivityForm of(Activity activity) {
        return new ActivityForm(String.valueOf(activity.getThemeId()),
                activity.getObjectiveId() == null ? "" : activity.getObjectiveId().toString(), activity.getTitle(),
                activity.getDescription(), activity.getGoal(),
                activity.getIntendedResult(), activity.getPlanning(), activity.getVersion());
    }

    long themeId() {
        return Long.parseLong(thema);
    }

    /** The objective ('Wat willen we bereiken?') the activity answers to, or none. */
    Long objectiveId() {
        return objective == null || objective.isBlank() ? null : Long.valueOf(objective.strip());
    }

    /** Refuses an objective that is not the plan's or its framework's, or that belongs to another theme. */
    void requireFittingObjective(List<ObjectiveOption> options) {
        if (objectiveId() != null) {
            ObjectiveChoices.problem(options, objectiveId(), themeId()).ifPresent(key -> {
                throw new ObjectiveRejectedException(key);
            });
        }
    }

    ActivityText toText() {
        return new ActivityText(title.strip(), blankToNull(description), blankToNull(goal), blankToNull(intendedResult),
                blankToNull(planning));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
