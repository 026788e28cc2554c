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
 * database. The rest of what was typed is kept.
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
        chain.doFilter(carriesNul(request) ? new WithoutNul(request) : request, response);
    }

    private static boolean carriesNul(HttpServletRequest request) {
        return request.getParameterMap().entrySet().stream().anyMatch(parameter -> parameter.getKey().contains(NUL)
                || Arrays.stream(parameter.getValue()).anyMatch(value -> value != null && value.contains(NUL)));
    }

    private static final class WithoutNul extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters = new LinkedHashMap<>();

        WithoutNul(HttpServletRequest request) {
            super(request);
            request.getParameterMap().forEach((name, values) -> parameters.merge(strip(name),
                    Arrays.stream(values).map(WithoutNul::strip).toArray(String[]::new),
                    (kept, more) -> concat(kept, more)));
        }

        private static String strip(String text) {
            return text == null ? null : text.replace(NUL, "");
        }

        private static String[] concat(String[] first, String[] second) {
            String[] both = Arrays.copyOf(first, first.length + second.length);
            System.arraycopy(second, 0, both, first.length, second.length);
            return both;
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
