package nl.ivbplanner.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the key of an API request ({@code Authorization: Bearer ivb_...}). Without the header the request goes on
 * anonymously (published documents need no key); with a key that is unknown, revoked or no longer its user's, it
 * ends here with a 401.
 */
final class ApiKeyFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiKeyLookup keys;
    private final ApiProblemWriter problems;

    ApiKeyFilter(ApiKeyLookup keys, ApiProblemWriter problems) {
        this.keys = keys;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiKeyLookup.KeyHolder> holder = header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? keys.holder(header.substring(BEARER.length()).strip())
                : Optional.empty();
        if (holder.isEmpty()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            problems.write(request, response, HttpStatus.UNAUTHORIZED, "key-invalid");
            return;
        }
        keys.used(holder.get());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                new ApiKeyAuthentication(holder.get().keyId(), holder.get().user()));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
