package nl.ivbplanner.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Counts every write of a key against its limit per minute before the write is tried (ivb.api.writes-per-minute), so
 * a script gone wrong cannot flood a plan's history. Reads are not counted: published documents are cached.
 */
@Configuration(proxyBeanMethods = false)
class ApiWriteLimit implements WebMvcConfigurer {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final ApiKeyLookup keys;

    ApiWriteLimit(ApiKeyLookup keys) {
        this.keys = keys;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
                    @Override
                    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                        if (!READS.contains(request.getMethod())
                                && SecurityContextHolder.getContext().getAuthentication()
                                        instanceof ApiKeyAuthentication key) {
                            keys.countWrite(key.keyId());
                        }
                        return true;
                    }
                })
                .addPathPatterns(ApiSecurityConfiguration.API);
    }
}
