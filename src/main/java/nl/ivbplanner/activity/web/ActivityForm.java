package nl.ivbplanner.activity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.ivbplanner.activity.Activity;
import nl.ivbplanner.activity.ActivityText;

/**
 * What the activity form sends: its theme, the objective it answers to and its texts; the version detects a
 * colleague's save in between.
 */
public record ActivityForm(
        @NotBlank(message = "{activity.form.theme.required}")
        @Pattern(regexp = "\\d{1,18}", message = "{activity.form.theme.required}")
        String thema,

        @Pattern(regexp = "\\d{0,18}", message = "{objective.choice.unknown}")
        String doelstelling,

        @NotBlank(message = "{activity.form.title.required}") @Size(max = 1000, message = "{form.too-long}")
        String titel,

        @Size(max = 10000, message = "{form.too-long}") String omschrijving,
        @Size(max = 10000, message = "{form.too-long}") String doel,
        @Size(max = 10000, message = "{form.too-long}") String beoogdResultaat,
        @Size(max = 300, message = "{form.too-long}") String planning,
        @NotNull Long version) {

    public static ActivityForm of(Activity activity) {
        return new ActivityForm(
                String.valueOf(activity.getThemeId()),
                activity.getObjectiveId() == null
                        ? ""
                        : activity.getObjectiveId().toString(),
                activity.getTitle(),
                activity.getDescription(),
                activity.getGoal(),
                activity.getIntendedResult(),
                activity.getPlanning(),
                activity.getVersion());
    }

    public long themeId() {
        return Long.parseLong(thema);
    }

    /** The objective ('Wat willen we bereiken?') the activity answers to, or none. */
    public Long objectiveId() {
        return doelstelling == null || doelstelling.isBlank() ? null : Long.valueOf(doelstelling.strip());
    }

    public ActivityText toText() {
        return new ActivityText(
                titel.strip(),
                blankToNull(omschrijving),
                blankToNull(doel),
                blankToNull(beoogdResultaat),
                blankToNull(planning));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
