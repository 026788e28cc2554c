package nl.ivbplanner.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/** Writes a problem for a request the API refuses before any controller sees it (no or a wrong key). */
@Component
class ApiProblemWriter {

    private final ApiProblems problems;
    private final JsonMapper json;
    private final LocaleResolver locales;

    ApiProblemWriter(ApiProblems problems, JsonMapper json, LocaleResolver locales) {
        this.problems = problems;
        this.json = json;
        this.locales = locales;
    }

    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String kind)
            throws IOException {
        ProblemDetail problem = problems.of(locales.resolveLocale(request), status, kind);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), ApiProblems.members(problem));
    }
}
