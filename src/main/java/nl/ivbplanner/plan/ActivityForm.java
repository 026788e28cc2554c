package nl.ivbplanner.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What the activity form sends; the version detects a colleague's save in between. */
public record ActivityForm(
        @NotBlank(message = "{activity.form.theme.required}") @Pattern(regexp = "\\d{1,18}", message = "{activity.form.theme.required}") String thema,
        @NotBlank(message = "{activity.form.title.required}") @Size(max = 1000, message = "{form.too-long}") String title,
        @Size(max = 10000, message = "{form.too-long}") String description,
        @Size(max = 10000, message = "{form.too-long}") String goal,
        @Size(max = 10000, message = "{form.too-long}") String intendedResult,
        @Size(max = 300, message = "{form.too-long}") String planning,
        @NotNull Long version) {

    static ActivityForm of(Activity activity) {
        return new ActivityForm(String.valueOf(activity.getThemeId()), activity.getTitle(), activity.getDescription(), activity.getGoal(),
                activity.getIntendedResult(), activity.getPlanning(), activity.getVersion());
    }

    long themeId() {
        return Long.parseLong(thema);
    }

    ActivityText toText() {
        return new ActivityText(title.strip(), blankToNull(description), blankToNull(goal), blankToNull(intendedResult),
                blankToNull(planning));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
