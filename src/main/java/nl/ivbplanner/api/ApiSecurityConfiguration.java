package nl.ivbplanner.api;

import nl.ivbplanner.security.SecurityHeaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * The API's own filter chain, before the pages' one: a request is signed in by its key or not at all. A browser's
 * session cookie counts for nothing here, so no page can make the browser write through the API (and the API needs
 * no CSRF token). Who may read or write what is decided by the services, as for the pages; the chain itself only
 * turns away a write without a key.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    static final String API = "/api/**";

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiKeyLookup keys, ApiProblemWriter problems)
            throws Exception {
        http.securityMatcher(API)
                // reading published documents needs no key; a write always does, before its body is even checked
                .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, API)
                        .permitAll()
                        .requestMatchers(HttpMethod.HEAD, API)
                        .permitAll()
                        .requestMatchers(HttpMethod.OPTIONS, API)
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .addFilterBefore(new ApiKeyFilter(keys, problems), AnonymousAuthenticationFilter.class)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(
                        context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint((request, response, failure) -> {
                    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
                    problems.write(request, response, HttpStatus.UNAUTHORIZED, "key-required");
                }))
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives(SecurityHeaders.CONTENT_SECURITY_POLICY))
                        .permissionsPolicyHeader(
                                permissions -> permissions.policy(SecurityHeaders.PERMISSIONS_POLICY)));
        return http.build();
    }
}
