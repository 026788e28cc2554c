package nl.ivbplanner.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * The headers of every API answer, set before Spring Security sees the request so that its own refusals carry them
 * too: the full version of the API (API Design Rules API-57), and what a cache may keep. Every answer of a read gets an
 * ETag from its body ({@link ShallowEtagHeaderFilter}), and a client that sends it back as {@code If-None-Match} gets a
 * 304 without the body: the read still runs, the transfer does not. A cache must ask again each time (no-cache), and
 * only the client itself may keep an answer to a key (private): a shared cache never serves one key's answer to
 * anyone else.
 */
@Configuration(proxyBeanMethods = false)
class ApiResponseHeaders {

    /** The version of the API as a whole; the path carries only its major version. */
    static final String VERSION = "1.0.0";

    static final String VERSION_HEADER = "API-Version";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> apiVersionAndCaching() {
        FilterRegistrationBean<OncePerRequestFilter> registration =
                new FilterRegistrationBean<>(new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(
                            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                            throws ServletException, IOException {
                        response.setHeader(VERSION_HEADER, VERSION);
                        response.setHeader(
                                HttpHeaders.CACHE_CONTROL,
                                request.getHeader(HttpHeaders.AUTHORIZATION) == null
                                        ? "no-cache"
                                        : "private, no-cache");
                        chain.doFilter(request, response);
                    }
                });
        registration.addUrlPatterns("/api/*");
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 2);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> apiEtags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration =
                new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns(ApiPaths.V1 + "/*");
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }
}
