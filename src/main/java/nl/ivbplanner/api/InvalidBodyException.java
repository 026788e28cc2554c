package nl.ivbplanner.api;

import java.util.List;
import java.util.Map;
import org.springframework.validation.FieldError;

/** A request body whose form breaks the form's rules: each error with the body's name of its field. */
class InvalidBodyException extends RuntimeException {

    private final transient List<FieldError> errors;
    private final transient Map<String, String> bodyNames;

    InvalidBodyException(List<FieldError> errors, Map<String, String> bodyNames) {
        super("request body rejected: " + errors.size() + " field error(s)");
        this.errors = List.copyOf(errors);
        this.bodyNames = Map.copyOf(bodyNames);
    }

    List<FieldError> errors() {
        return errors;
    }

    String bodyName(String formField) {
        return bodyNames.getOrDefault(formField, formField);
    }
}
