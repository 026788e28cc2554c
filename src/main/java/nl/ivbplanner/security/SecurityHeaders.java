package nl.ivbplanner.security;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headers every answer carries: Spring Security writes them on the application's pages, and the servlet
 * container's own error page (for requests refused before they reach the application) writes the same ones.
 */
public final class SecurityHeaders {

    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    public static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=()";

    /** One year, as Spring Security's default; only ever sent over HTTPS. */
    public static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000 ; includeSubDomains";

    private SecurityHeaders() {}

    /** The headers of a page that is no application page (nothing cached, nothing framed or sniffed). */
    public static Map<String, String> forPlainPages(boolean secure) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.put("Referrer-Policy", "same-origin");
        headers.put("Permissions-Policy", PERMISSIONS_POLICY);
        headers.put("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
        if (secure) {
            headers.put("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
        return headers;
    }
}
