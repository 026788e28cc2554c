package nl.ivbplanner.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A user signed in with a temporary password (a new account or a reset) is sent to the password page before anything
 * else: every other address answers with a redirect there, until they chose their own. Read from the session's
 * principal, so it costs no query per request.
 */
class PasswordChangeRequired extends OncePerRequestFilter {

    static final String PASSWORD_PAGE = "/wachtwoord";

    private static final List<String> ALWAYS_OPEN =
            List.of(PASSWORD_PAGE, "/logout", "/login", "/error", "/toegankelijkheid", "/favicon.ico");
    private static final List<String> RESOURCES = List.of("/css/", "/vendor/", "/js/", "/images/", "/webjars/");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.getPrincipal() instanceof SignedInUser user
                && user.mustChangePassword()
                && !open(request.getRequestURI()
                        .substring(request.getContextPath().length()))) {
            // relative, like every redirect of the application: the Host header never ends up in it
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + PASSWORD_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean open(String path) {
        return ALWAYS_OPEN.contains(path) || RESOURCES.stream().anyMatch(path::startsWith);
    }
}
