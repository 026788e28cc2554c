package nl.ivbplanner.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Supplier;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.web.util.UriUtils;

/**
 * Spring Security's CSRF handling, except that a token in the address is not accepted: addresses end up in logs,
 * browser history and Referer headers. The token counts only from the form's body or the X-CSRF-TOKEN header.
 */
class CsrfTokenFromBodyOrHeader implements CsrfTokenRequestHandler {

    private final XorCsrfTokenRequestAttributeHandler delegate = new XorCsrfTokenRequestAttributeHandler();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> csrfToken) {
        delegate.handle(request, response, csrfToken);
    }

    @Override
    public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
        String parameter = csrfToken.getParameterName();
        if (!inQueryString(request, parameter)) {
            return delegate.resolveCsrfTokenValue(request, csrfToken);
        }
        return delegate.resolveCsrfTokenValue(
                new HttpServletRequestWrapper(request) {
                    @Override
                    public String getParameter(String name) {
                        return parameter.equals(name) ? null : super.getParameter(name);
                    }
                },
                csrfToken);
    }

    private static boolean inQueryString(HttpServletRequest request, String parameter) {
        String query = request.getQueryString();
        return query != null
                && Arrays.stream(query.split("&"))
                        .map(pair -> decoded(pair.split("=", 2)[0]))
                        .anyMatch(parameter::equals);
    }

    private static String decoded(String name) {
        try {
            return UriUtils.decode(name, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return name;
        }
    }
}
