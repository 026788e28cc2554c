package nl.ivbplanner.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new activity of a concept plan: its theme and its texts. */
record NewActivityForm(
        @NotBlank(message = "{activity.form.theme.required}") @Pattern(regexp = "\\d{1,18}", message = "{activity.form.theme.required}") String thema,
        @NotBlank(message = "{activity.form.title.required}") @Size(max = 1000, message = "{form.too-long}") String title,
        @Size(max = 10000, message = "{form.too-long}") String description,
        @Size(max = 10000, message = "{form.too-long}") String goal,
        @Size(max = 10000, message = "{form.too-long}") String intendedResult,
        @Size(max = 300, message = "{form.too-long}") String planning) {

    long themeId() {
        return Long.parseLong(thema);
    }

    ActivityText toText() {
        return new ActivityForm(title, description, goal, intendedResult, planning, 0L).toText();
    }
}
