package nl.ivbplanner.plan;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Any change to an adopted or evaluated plan, from whichever page, gets the same Dutch explanation. */
@ControllerAdvice
class PlanNotEditableAdvice {

    @ExceptionHandler(PlanNotEditableException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String planNotEditable(Model model) {
        model.addAttribute("reason", "activity.form.not-editable");
        return "error/409";
    }
}
