package nl.ivbplanner.account;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** A user's own new password, twice, with the current one. Never shown again in the form. */
record PasswordForm(
        @NotEmpty(message = "{password.form.current.required}") @Size(max = 200, message = "{form.too-long}")
        String huidig,

        @NotEmpty(message = "{password.form.new.required}") @Size(max = 200, message = "{form.too-long}")
        String nieuw,

        @NotEmpty(message = "{password.form.repeat.required}") @Size(max = 200, message = "{form.too-long}")
        String herhaling) {

    static PasswordForm empty() {
        return new PasswordForm("", "", "");
    }
}
