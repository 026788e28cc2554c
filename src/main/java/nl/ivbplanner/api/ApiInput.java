package nl.ivbplanner.api;

import jakarta.validation.Validator;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Checks a form made from an API request body with the form's own rules (its bean validation, as a page's
 * {@code @Valid} does), so that the API and the page refuse the same input with the same Dutch message. The form's
 * rules that need stored data stay in the service, which both call.
 */
@Component
public class ApiInput {

    private final SpringValidatorAdapter validator;

    ApiInput(Validator validator) {
        this.validator = new SpringValidatorAdapter(validator);
    }

    /**
     * Refuses the form with a 422 naming every field it breaks; {@code bodyNames} maps a form's field to the body's
     * name for it where the two differ (a page's field {@code oordeel} is the body's {@code status}).
     */
    public void requireValid(Object form, Map<String, String> bodyNames) {
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
        validator.validate(form, errors);
        if (errors.hasErrors()) {
            throw new InvalidBodyException(errors.getFieldErrors(), bodyNames);
        }
    }
}
