package nl.ivbplanner.web;

import org.springframework.beans.PropertyAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.server.ResponseStatusException;

/**
 * Every field a person types is bound as text and checked with a Dutch message; the only typed fields are hidden
 * ones, such as the version that detects a colleague's save. A value that does not convert there ('abc', '1.5', 20
 * digits) was not sent by the page: it is answered as a bad request instead of a form that cannot be shown again.
 */
@ControllerAdvice
class TamperedFormAdvice {

    @InitBinder
    void refuseValuesThePageNeverSends(WebDataBinder binder) {
        binder.setBindingErrorProcessor(new DefaultBindingErrorProcessor() {
            @Override
            public void processPropertyAccessException(PropertyAccessException ex, BindingResult bindingResult) {
                throw new ResponseStatusException(
                        HttpStatus.BAD_REQUEST, "field " + ex.getPropertyName() + " was tampered with");
            }
        });
    }
}
