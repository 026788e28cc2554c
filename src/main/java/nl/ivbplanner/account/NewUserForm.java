package nl.ivbplanner.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new account: name, e-mail, user name, role and municipality (a municipality's slug; empty only for a global
 * administrator). The password is made by the application.
 */
record NewUserForm(
        @NotBlank(message = "{user.form.name.required}") @Size(max = 120, message = "{form.too-long}")
        String naam,

        @NotBlank(message = "{user.form.email.required}")
        @Size(max = 254, message = "{form.too-long}")
        @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{user.form.email.invalid}")
        String email,

        @NotBlank(message = "{user.form.username.required}")
        @Size(max = 120, message = "{form.too-long}")
        @Pattern(regexp = "[a-zA-Z0-9][a-zA-Z0-9._-]{2,}", message = "{user.form.username.invalid}")
        String gebruikersnaam,

        @NotBlank(message = "{user.form.role.required}")
        @Pattern(regexp = "ADVISOR|MANAGER|COUNCIL|ADMIN", message = "{user.form.role.required}")
        String rol,

        @Size(max = 80, message = "{form.too-long}") String gemeente) {

    static NewUserForm empty(String municipality) {
        return new NewUserForm("", "", "", "ADVISOR", municipality);
    }
}
