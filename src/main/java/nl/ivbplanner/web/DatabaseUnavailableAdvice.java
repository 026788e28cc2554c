package nl.ivbplanner.web;

import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletResponse;
import nl.ivbplanner.database.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.dao.UncategorizedDataAccessException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * While the database cannot be reached (restarting after a crash, an external server that is down) every page says
 * so in Dutch with 503, after the connection pool's short wait, instead of an unexplained 500. The failures it looks
 * at come in several wrappings (no connection in time, a connection the server closed, a rollback on it); any other
 * failure of those kinds stays the error it was.
 */
@ControllerAdvice
class DatabaseUnavailableAdvice {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableAdvice.class);

    private final DatabaseUnavailable database;

    DatabaseUnavailableAdvice(DatabaseUnavailable database) {
        this.database = database;
    }

    @ExceptionHandler({
        TransactionException.class,
        DataAccessResourceFailureException.class,
        TransientDataAccessResourceException.class,
        UncategorizedDataAccessException.class,
        PersistenceException.class
    })
    String unavailable(Exception failure, HttpServletResponse response) throws Exception {
        if (!database.explains(failure)) {
            throw failure;
        }
        log.warn("Database unavailable: {}", failure.toString());
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "30");
        return "error/503";
    }
}
