package nl.ivbplanner.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new key: a name that says what it is for, and (for a global administrator) the municipality it acts in. */
record ApiKeyForm(
        @NotBlank(message = "{apikey.form.name.required}") @Size(max = 80, message = "{form.too-long}")
        String naam,

        String gemeente) {

    static ApiKeyForm empty() {
        return new ApiKeyForm(null, null);
    }
}
