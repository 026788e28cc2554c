package nl.ivbplanner.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.ivbplanner.database.DatabaseUnavailable;
import nl.ivbplanner.security.SecurityHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sessions are in PostgreSQL (security/SessionsInDatabase): while it cannot be reached, reading or storing a session
 * fails in Spring Session's filter, before and after the application, where {@link DatabaseUnavailableAdvice} does not
 * see it. Such a failure gets the same Dutch 503 as every page, written here: the error page itself would need the
 * session again.
 */
@Component
@Order(DatabaseUnavailableFilter.ORDER)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    /** Around Spring Session's filter (SessionRepositoryFilter.DEFAULT_ORDER, highest precedence + 50). */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 40;

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    private final DatabaseUnavailable database;

    DatabaseUnavailableFilter(DatabaseUnavailable database) {
        this.database = database;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException failure) {
            if (response.isCommitted() || !database.explains(failure)) {
                throw failure;
            }
            log.warn("Database unavailable: {}", failure.toString());
            response.resetBuffer();
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", "30");
            SecurityHeaders.forPlainPages(request.isSecure()).forEach(response::setHeader);
            boolean api = request.getRequestURI().startsWith("/api/");
            response.setContentType(api ? "application/problem+json;charset=UTF-8" : "text/html;charset=UTF-8");
            response.getWriter()
                    .write(
                            api
                                    ? DutchErrorReportValve.problem(HttpServletResponse.SC_SERVICE_UNAVAILABLE)
                                    : DutchErrorReportValve.page(HttpServletResponse.SC_SERVICE_UNAVAILABLE));
        }
    }
}
