package nl.ivbplanner.plan.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.ivbplanner.plan.ExecutionPlan;

/** A concept plan's new title, with the version of the plan the form was opened on. */
public record RenameForm(
        @NotBlank(message = "{plan.new.title.required}") @Size(max = 300, message = "{form.too-long}")
        String titel,

        Long version) {

    public static RenameForm of(ExecutionPlan plan) {
        return new RenameForm(plan.getTitle(), plan.getVersion());
    }
}
