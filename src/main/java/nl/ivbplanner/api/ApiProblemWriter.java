package nl.ivbplanner.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes a problem for a request the API refuses before any controller sees it (no or a wrong key). */
@Component
class ApiProblemWriter {

    private final ApiProblems problems;
    private final JsonMapper json;

    ApiProblemWriter(ApiProblems problems, JsonMapper json) {
        this.problems = problems;
        this.json = json;
    }

    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String kind)
            throws IOException {
        ProblemDetail problem = problems.of(status, kind);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), ApiProblems.members(problem));
    }
}
