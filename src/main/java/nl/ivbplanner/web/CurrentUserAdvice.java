package nl.ivbplanner.web;

import nl.ivbplanner.security.MunicipalityAccess;
import nl.ivbplanner.security.SignedInUser;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Model attributes and error mapping that every page shares. */
@ControllerAdvice
class CurrentUserAdvice {

    private final MunicipalityAccess access;

    CurrentUserAdvice(MunicipalityAccess access) {
        this.access = access;
    }

    @ModelAttribute("currentUser")
    SignedInUser currentUser() {
        return access.currentUser();
    }

    /** A concurrent edit that a form did not catch itself: never overwrite, show the 409 page. */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String concurrentEdit() {
        return "error/409";
    }
}
