package nl.ivbplanner.api;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * RFC 9457 problem details in the reader's language (Dutch, as the pages, unless the request chose English with
 * {@code ?lang=en}): a title per kind of problem, the detail of this one. The type is a tag URI (RFC 4151): it names the kind, it is not an address to fetch.
 */
@Component
class ApiProblems {

    static final String TYPE_PREFIX = "tag:ivb-planner.nl,2026:probleem:";

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    /** {@code kind} names the message pair {@code api.problem.<kind>.title} and {@code .detail}. */
    ProblemDetail of(HttpStatus status, String kind, Object... detailArguments) {
        return of(LocaleContextHolder.getLocale(), status, kind, detailArguments);
    }

    ProblemDetail of(Locale locale, HttpStatus status, String kind, Object... detailArguments) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(TYPE_PREFIX + kind));
        problem.setTitle(messages.getMessage("api.problem." + kind + ".title", null, locale));
        problem.setDetail(messages.getMessage("api.problem." + kind + ".detail", detailArguments, locale));
        return problem;
    }

    String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    /** The problem as JSON members, for answers written before a controller is reached. */
    static Map<String, Object> members(ProblemDetail problem) {
        Map<String, Object> members = new TreeMap<>();
        members.put("type", problem.getType().toString());
        members.put("title", problem.getTitle());
        members.put("status", problem.getStatus());
        members.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            members.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            members.putAll(problem.getProperties());
        }
        return members;
    }
}
