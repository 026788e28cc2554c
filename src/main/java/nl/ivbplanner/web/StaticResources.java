package nl.ivbplanner.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.util.DigestUtils;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The application's static files, each under its own path instead of Spring Boot's catch-all {@code /**}
 * ({@code spring.web.resources.add-mappings=false}): every link a page writes goes through the resource URL encoding
 * filter, and with a catch-all pattern every link (a plan's address too) was looked up as a file on the class path,
 * which took about a third of the Rijswijk plan page's time. Now only links below these paths are looked up.
 *
 * <p>Links get the file's content hash in their name ({@code /css/app-0b1c….css}), so a browser may keep them a year:
 * a changed file gets a new name. The files also carry an ETag of their content, so a revalidation is a 304. The ETag
 * is weak because Tomcat compresses only answers without a strong one, and these compress to a fifth.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    /** Path patterns and where their files are: the folders of src/main/resources/static, the favicon, webjars. */
    private static final Map<String, String> LOCATIONS = Map.of(
            "/css/**", "classpath:/static/css/",
            "/vendor/**", "classpath:/static/vendor/",
            "/*.ico", "classpath:/static/",
            "/webjars/**", "classpath:/META-INF/resources/webjars/");

    private static final CacheControl A_YEAR =
            CacheControl.maxAge(365, TimeUnit.DAYS).cachePublic();

    /**
     * Files on the class path do not change while the application runs, so each is hashed once. The resource chain
     * keeps each resolved (and, for CSS, link-rewritten) resource as one object, hence the identity keys.
     */
    private final Cache<Resource, String> etags =
            Caffeine.newBuilder().weakKeys().build();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        LOCATIONS.forEach((pattern, location) -> registry.addResourceHandler(pattern)
                .addResourceLocations(location)
                .setCacheControl(A_YEAR)
                .setEtagGenerator(this::etag)
                .resourceChain(true)
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**")));
    }

    private String etag(Resource resource) {
        return etags.get(resource, StaticResources::hash);
    }

    private static String hash(Resource resource) {
        try {
            return "W/\"" + DigestUtils.md5DigestAsHex(resource.getContentAsByteArray()) + "\"";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
