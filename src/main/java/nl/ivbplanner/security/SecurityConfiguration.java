package nl.ivbplanner.security;

import jakarta.servlet.http.HttpServletResponse;
import nl.ivbplanner.database.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.DefaultSavedRequest;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http, DatabaseUnavailable database, SessionRegistry sessionRegistry) throws Exception {
        RequestCache requestCache = new HttpSessionRequestCache();
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/login", "/toegankelijkheid", "/error", "/favicon*.ico", "/openbaar/**")
                        .permitAll()
                        .requestMatchers("/css/**", "/vendor/**", "/js/**", "/images/**", "/webjars/**")
                        .permitAll()
                        // the API's Swagger UI (its description and operations are below /api, in their own chain)
                        .requestMatchers("/swagger-ui/**")
                        .permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
                        .permitAll()
                        // a scraper cannot sign in: the metrics are for the instance's own network, never the public
                        .requestMatchers("/actuator/prometheus")
                        .access(OwnNetwork.ONLY)
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(backToTheSavedPage(requestCache))
                        .failureHandler(loginFailureHandler(database))
                        .permitAll())
                .requestCache(cache -> cache.requestCache(requestCache))
                .addFilterAfter(new PasswordChangeRequired(), AuthorizationFilter.class)
                // every session is looked up in the registry, so that an administrator's change to an account ends
                // its sessions (marked expired in the database: on whichever instance the next request lands)
                .sessionManagement(sessions -> sessions.maximumSessions(-1)
                        .sessionRegistry(sessionRegistry)
                        .expiredUrl("/login?verlopen"))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(loginPage()))
                .csrf(csrf -> csrf.csrfTokenRequestHandler(new CsrfTokenFromBodyOrHeader()))
                .logout(logout -> logout.logoutSuccessUrl("/login?afgemeld"))
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives(SecurityHeaders.CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(
                                permissions -> permissions.policy(SecurityHeaders.PERMISSIONS_POLICY)));
        return http.build();
    }

    /**
     * Whether an account is locked or switched off is only looked at after its password was checked, and answered in
     * the words of a wrong password: neither the answer nor its time tells whether a user name exists. The signed-in
     * principal, which the session stores in the database, carries no password hash.
     */
    @Bean
    DaoAuthenticationProvider authenticationProvider(UserDetailsService users, PasswordEncoder passwordEncoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users) {
            @Override
            protected Authentication createSuccessAuthentication(
                    Object principal, Authentication authentication, UserDetails user) {
                return super.createSuccessAuthentication(
                        principal instanceof SignedInUser signedIn ? signedIn.signedIn() : principal,
                        authentication,
                        user);
            }
        };
        provider.setPasswordEncoder(passwordEncoder);
        provider.setPreAuthenticationChecks(user -> {});
        provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return provider;
    }

    /** Every refused sign-in gets the same answer; a database that cannot be reached gets the 503 page. */
    private static AuthenticationFailureHandler loginFailureHandler(DatabaseUnavailable database) {
        RedirectStrategy redirect = new DefaultRedirectStrategy();
        return (request, response, failure) -> {
            if (failure instanceof InternalAuthenticationServiceException && database.explains(failure)) {
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            } else {
                if (failure instanceof InternalAuthenticationServiceException) {
                    // not the user's mistake: without this line a defect would read as 'wrong password' for everyone
                    log.error("Sign-in failed inside the application", failure);
                }
                redirect.sendRedirect(request, response, "/login?fout");
            }
        };
    }

    /**
     * Back to the page that asked for the sign-in, by its path only: the saved address was built from the request's
     * Host header, which a client chooses.
     */
    private static AuthenticationSuccessHandler backToTheSavedPage(RequestCache requestCache) {
        RedirectStrategy redirect = new DefaultRedirectStrategy();
        return (request, response, authentication) -> {
            SavedRequest saved = requestCache.getRequest(request, response);
            String target = "/";
            if (saved instanceof DefaultSavedRequest page) {
                requestCache.removeRequest(request, response);
                // taken as the request had it, not parsed: an address Tomcat accepted ('?x=%zz') need not be a valid
                // URI
                target = page.getRequestURI() + (page.getQueryString() == null ? "" : "?" + page.getQueryString());
            }
            redirect.sendRedirect(request, response, target);
        };
    }

    /** Relative, so the Host header a client sends never ends up in a redirect. */
    private static LoginUrlAuthenticationEntryPoint loginPage() {
        LoginUrlAuthenticationEntryPoint entryPoint = new LoginUrlAuthenticationEntryPoint("/login");
        entryPoint.setFavorRelativeUris(true);
        return entryPoint;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
