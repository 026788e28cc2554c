package nl.ivbplanner.api;

import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Map;
import nl.ivbplanner.common.DeleteRefusedException;
import nl.ivbplanner.common.EditConflictException;
import nl.ivbplanner.common.FieldProblem;
import nl.ivbplanner.common.InvalidFormException;
import nl.ivbplanner.common.StateConflictException;
import nl.ivbplanner.database.DatabaseUnavailable;
import nl.ivbplanner.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.TransactionException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every refusal of the API as an RFC 9457 problem in Dutch, from the same exceptions the pages turn into their error
 * pages: a field's problem names the field as the form would, in the message the form would show next to it.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionAdvice {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionAdvice.class);

    private final ApiProblems problems;
    private final MessageSource messages;
    private final DatabaseUnavailable database;

    ApiExceptionAdvice(ApiProblems problems, MessageSource messages, DatabaseUnavailable database) {
        this.problems = problems;
        this.messages = messages;
        this.database = database;
    }

    @ExceptionHandler(InvalidFormException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidFormException invalid) {
        return invalidFields(invalid.problems().stream()
                .map(p -> fieldError(p.field(), text(p)))
                .toList());
    }

    @ExceptionHandler(InvalidBodyException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidBodyException invalid) {
        return invalidFields(invalid.errors().stream()
                .map(error -> fieldError(
                        invalid.bodyName(error.getField()),
                        messages.getMessage(error, LocaleContextHolder.getLocale())))
                .toList());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException invalid) {
        return invalidFields(invalid.getBindingResult().getFieldErrors().stream()
                .map(this::fieldError)
                .toList());
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalid(HandlerMethodValidationException invalid) {
        return invalidFields(invalid.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> fieldError(
                                result.getMethodParameter().getParameterName(),
                                messages.getMessage(error, LocaleContextHolder.getLocale()))))
                .toList());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable() {
        return answer(problems.of(HttpStatus.BAD_REQUEST, "unreadable"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> wrongType(MethodArgumentTypeMismatchException wrong) {
        return answer(problems.of(HttpStatus.BAD_REQUEST, "bad-parameter", wrong.getName()));
    }

    @ExceptionHandler(BadParameterException.class)
    ResponseEntity<ProblemDetail> badValue(BadParameterException bad) {
        return answer(problems.of(HttpStatus.BAD_REQUEST, "bad-parameter", bad.parameter()));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException missing) {
        return answer(problems.of(HttpStatus.BAD_REQUEST, "bad-parameter", missing.getParameterName()));
    }

    @ExceptionHandler(ServletRequestBindingException.class)
    ResponseEntity<ProblemDetail> unbound() {
        return answer(problems.of(HttpStatus.BAD_REQUEST, "unreadable"));
    }

    @ExceptionHandler({NotFoundException.class, NoResourceFoundException.class})
    ResponseEntity<ProblemDetail> notFound() {
        return answer(problems.of(HttpStatus.NOT_FOUND, "not-found"));
    }

    /** Without a key the answer asks for one; with a key that may not do this, it says so. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problems.of(HttpStatus.UNAUTHORIZED, "key-required"));
        }
        return answer(problems.of(HttpStatus.FORBIDDEN, "forbidden"));
    }

    /**
     * The stored state comes along as {@code opgeslagen}, so the client can decide on it without another read. An API
     * controller puts it into the conflict as its GET answers it, never as a page's form or row.
     */
    @ExceptionHandler(EditConflictException.class)
    ResponseEntity<ProblemDetail> changedMeanwhile(EditConflictException conflict) {
        ProblemDetail problem = problems.of(HttpStatus.CONFLICT, "edit-conflict");
        if (conflict.stored() != null) {
            problem.setProperty("opgeslagen", conflict.stored());
        }
        return answer(problem);
    }

    @ExceptionHandler(StateConflictException.class)
    ResponseEntity<ProblemDetail> notNow(StateConflictException conflict) {
        return answer(problems.of(HttpStatus.CONFLICT, "state-conflict", problems.text(conflict.reasonKey())));
    }

    @ExceptionHandler(DeleteRefusedException.class)
    ResponseEntity<ProblemDetail> inUse() {
        return answer(problems.of(HttpStatus.CONFLICT, "in-use"));
    }

    @ExceptionHandler(TooManyWritesException.class)
    ResponseEntity<ProblemDetail> tooMany(TooManyWritesException tooMany) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(tooMany.retryAfterSeconds()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problems.of(HttpStatus.TOO_MANY_REQUESTS, "too-many-writes", tooMany.limit()));
    }

    /** An address part the path binding refuses (PathAddressBinding: a year or id that is no number). */
    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<ProblemDetail> refusedByBinding(ResponseStatusException refused) {
        return refused.getStatusCode().value() == HttpStatus.NOT_FOUND.value()
                ? notFound()
                : answer(problems.of(HttpStatus.BAD_REQUEST, "unreadable"));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> wrongMethod() {
        return answer(problems.of(HttpStatus.METHOD_NOT_ALLOWED, "method"));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> notJson() {
        return answer(problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "media-type"));
    }

    /** A colleague's save in between that the service did not see coming: as a stale version, never a 500. */
    @ExceptionHandler(ConcurrencyFailureException.class)
    ResponseEntity<ProblemDetail> lostRace() {
        return answer(problems.of(HttpStatus.CONFLICT, "edit-conflict"));
    }

    /** The database away: a 503 to try again, as the pages say it; anything else is a defect. */
    @ExceptionHandler({DataAccessException.class, TransactionException.class, PersistenceException.class})
    ResponseEntity<ProblemDetail> databaseAway(RuntimeException failure) {
        if (!database.explains(failure)) {
            return defect(failure);
        }
        log.warn("Database unavailable: {}", failure.toString());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "30")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problems.of(HttpStatus.SERVICE_UNAVAILABLE, "unavailable"));
    }

    /** A defect, not the client's mistake: logged in full, answered without the internals. */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ProblemDetail> defect(RuntimeException defect) {
        log.error("API request failed inside the application", defect);
        return answer(problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal"));
    }

    private ResponseEntity<ProblemDetail> invalidFields(List<Map<String, String>> errors) {
        ProblemDetail problem = problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "invalid");
        problem.setProperty("fouten", errors);
        return answer(problem);
    }

    private Map<String, String> fieldError(FieldError error) {
        return fieldError(error.getField(), messages.getMessage(error, LocaleContextHolder.getLocale()));
    }

    private static Map<String, String> fieldError(String field, String message) {
        return Map.of("veld", field, "melding", message);
    }

    private String text(FieldProblem problem) {
        return messages.getMessage(
                problem.messageKey(), problem.arguments().toArray(), LocaleContextHolder.getLocale());
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
