package nl.ivbplanner.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refusals that no controller answers (Spring Security's firewall refusing an encoded ';', a 406 for an Accept that
 * is no JSON, the database away) would otherwise become the pages' error answer: below {@code /api} they are problems
 * like every other refusal of the API.
 */
@Configuration(proxyBeanMethods = false)
class ApiErrorAnswers {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> apiErrorsAsProblems(ApiProblemWriter problems) {
        FilterRegistrationBean<OncePerRequestFilter> registration =
                new FilterRegistrationBean<>(new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(
                            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                            throws ServletException, IOException {
                        chain.doFilter(request, new ProblemOnError(request, response, problems));
                    }
                });
        registration.addUrlPatterns("/api/*");
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 3);
        return registration;
    }

    private static final class ProblemOnError extends HttpServletResponseWrapper {

        private final HttpServletRequest request;
        private final ApiProblemWriter problems;

        ProblemOnError(HttpServletRequest request, HttpServletResponse response, ApiProblemWriter problems) {
            super(response);
            this.request = request;
            this.problems = problems;
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            if (isCommitted()) {
                super.sendError(status, message);
                return;
            }
            resetBuffer();
            problems.write(request, (HttpServletResponse) getResponse(), HttpStatus.valueOf(status), kind(status));
            flushBuffer();
        }

        private static String kind(int status) {
            return switch (status) {
                case 401 -> "key-required";
                case 403 -> "forbidden";
                case 404 -> "not-found";
                case 405 -> "method";
                case 406 -> "not-acceptable";
                case 415 -> "media-type";
                case 503 -> "unavailable";
                default -> status < 500 ? "bad-request" : "internal";
            };
        }
    }
}
