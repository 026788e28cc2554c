package nl.ivbplanner.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The health probes of a load balancer or orchestrator are answered without the caller's cookies: a session is in the
 * database (security/SessionsInDatabase), and a probe that brought one would read it, so that liveness (the process,
 * not the database) would fail while the database cannot be reached. Probes neither need nor change a session.
 */
@Component
@Order(HealthProbesWithoutSession.ORDER)
class HealthProbesWithoutSession extends OncePerRequestFilter {

    /** Before Spring Session's filter (SessionRepositoryFilter.DEFAULT_ORDER, highest precedence + 50). */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 45;

    private static final Set<String> PROBES =
            Set.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !PROBES.contains(
                request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new WithoutCookies(request), response);
    }

    private static final class WithoutCookies extends HttpServletRequestWrapper {

        WithoutCookies(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Cookie[] getCookies() {
            return null;
        }

        @Override
        public String getHeader(String name) {
            return HttpHeaders.COOKIE.equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return HttpHeaders.COOKIE.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public String getRequestedSessionId() {
            return null;
        }
    }
}
