package nl.ivbplanner.web;

import nl.ivbplanner.common.StateConflictException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Any change that the state of a plan or evaluation refuses, from whichever page, gets the same Dutch 409 page. */
@ControllerAdvice
class StateConflictAdvice {

    @ExceptionHandler(StateConflictException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String notAllowedNow(StateConflictException refused, Model model) {
        model.addAttribute("reason", refused.reasonKey());
        return "error/409";
    }
}
