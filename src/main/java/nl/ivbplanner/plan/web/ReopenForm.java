package nl.ivbplanner.plan.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a manager takes an adopted plan back to concept; kept in the plan's history. */
record ReopenForm(
        @NotBlank(message = "{plan.lifecycle.reason.required}") @Size(max = 2000, message = "{form.too-long}")
        String reden) {}
