package nl.ivbplanner.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A concept plan's new title, with the version of the plan the form was opened on. */
record RenameForm(@NotBlank(message = "{plan.new.title.required}") @Size(max = 300, message = "{form.too-long}") String titel,
        Long version) {
}
