package nl.ivbplanner.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * PostgreSQL refuses the NUL character in text, and no person types it: it is taken out of every request parameter
 * (form fields, the plan filter's search, the login) before anything reads them, so no field can carry it to the
 * database. The rest of what was typed is kept. A parameter NAME with a NUL was not made by any page: it is refused
 * with 400, because stripping it could turn a name nobody may send (a CSRF token in the address) into one that counts.
 */
@Component
@Order(NulCharacterFilter.ORDER)
class NulCharacterFilter extends OncePerRequestFilter {

    /** After Boot's character encoding filter (the parameters must be decoded as UTF-8), before Spring Security. */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    private static final String NUL = "\u0000";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getParameterMap().keySet().stream().anyMatch(name -> name.contains(NUL))) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(carriesNul(request) ? new WithoutNul(request) : request, response);
    }

    private static boolean carriesNul(HttpServletRequest request) {
        return request.getParameterMap().values().stream()
                .anyMatch(values -> Arrays.stream(values).anyMatch(value -> value != null && value.contains(NUL)));
    }

    private static final class WithoutNul extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters = new LinkedHashMap<>();

        WithoutNul(HttpServletRequest request) {
            super(request);
            request.getParameterMap()
                    .forEach((name, values) -> parameters.put(
                            name, Arrays.stream(values).map(WithoutNul::strip).toArray(String[]::new)));
        }

        private static String strip(String text) {
            return text == null ? null : text.replace(NUL, "");
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values.clone();
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Collections.unmodifiableMap(parameters);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }
    }
}
