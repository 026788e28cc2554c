package nl.ivbplanner.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A user's name and e-mail address as an administrator corrects them, with the version of the user they saw. */
record DetailsForm(
        @NotBlank(message = "{user.form.name.required}") @Size(max = 120, message = "{form.too-long}")
        String naam,

        @NotBlank(message = "{user.form.email.required}")
        @Size(max = 254, message = "{form.too-long}")
        @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{user.form.email.invalid}")
        String email,

        Long version) {}
