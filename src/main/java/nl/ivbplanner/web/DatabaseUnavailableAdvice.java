package nl.ivbplanner.web;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * While the database cannot be reached (restarting after a crash, an external server that is down) every page says
 * so in Dutch with 503, after the connection pool's short wait, instead of an unexplained 500.
 */
@ControllerAdvice
class DatabaseUnavailableAdvice {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableAdvice.class);

    @ExceptionHandler({ CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
            TransientDataAccessResourceException.class })
    @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
    String unavailable(Exception failure, HttpServletResponse response) {
        log.warn("Database unavailable: {}", failure.toString());
        response.setHeader("Retry-After", "30");
        return "error/503";
    }
}
