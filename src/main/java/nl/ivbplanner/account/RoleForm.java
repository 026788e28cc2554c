package nl.ivbplanner.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** Another role for a user, with the version of the user the administrator saw. */
record RoleForm(
        @NotBlank(message = "{user.form.role.required}")
        @Pattern(regexp = "ADVISOR|MANAGER|COUNCIL|ADMIN", message = "{user.form.role.required}")
        String rol,

        Long version) {}
