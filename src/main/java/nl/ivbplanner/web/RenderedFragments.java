package nl.ivbplanner.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import nl.ivbplanner.database.DatabaseState;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * The one place that renders a Thymeleaf fragment into a string and keeps it per state of the database
 * ({@link DatabaseState}): for the parts of pages whose rendering grows with the data (the plan page's activities,
 * the region view, the administrator's list of municipalities) while the data changes rarely. The page around such
 * a part (layout, the user's name, CSRF tokens) is rendered on every request and places it with {@code th:utext}.
 *
 * <p>A kept rendering is found under the database's version, read before the data, the fragment, the language and
 * whatever else the caller says the fragment depends on (address, filter, the reader's rights): so every write shows
 * on the next read, and readers in other languages or with other rights never get each other's rendering. A reader
 * in a transaction that has written itself (version null) is rendered for alone, and nothing is kept.
 *
 * <p>Nothing a kept fragment shows may depend on the request beyond its key: no CSRF token, no user name.
 */
@Component
public class RenderedFragments {

    /** A kept rendering: its HTML, and what else its page shows that was read with it (e.g. a count). */
    public interface Rendered {
        String html();
    }

    private record Html(String html) implements Rendered {}

    private record Key(String version, String fragment, Object dependsOn, Locale locale) {}

    private final Cache<Key, Rendered> kept = Caffeine.newBuilder()
            // a Rijswijk plan's content and the region view at 400 municipalities are about 250,000 characters
            // each: room for a hundred or so such renderings
            .maximumWeight(32_000_000)
            .weigher((Key key, Rendered rendered) -> rendered.html().length())
            .expireAfterAccess(Duration.ofHours(1))
            .build();
    private final ViewResolver views;
    private final DatabaseState database;

    RenderedFragments(@Qualifier("thymeleafViewResolver") ViewResolver thymeleafViewResolver, DatabaseState database) {
        this.views = thymeleafViewResolver;
        this.database = database;
    }

    /** The version to keep renderings under: take it before reading the data they show. Null: keep nothing. */
    public String version() {
        return database.version();
    }

    /** Forgets every kept rendering, for tests that count the statements of pages read from the database. */
    public void clear() {
        kept.invalidateAll();
    }

    /**
     * The fragment rendered with the model the supplier gives, kept under the version, the fragment, what else it
     * depends on (null: nothing) and the language; the model is only asked for when it is rendered.
     */
    public String kept(
            String version,
            String fragment,
            Object dependsOn,
            Locale locale,
            Supplier<Map<String, ?>> model,
            HttpServletRequest request,
            HttpServletResponse response) {
        return kept(
                        version,
                        fragment,
                        dependsOn,
                        locale,
                        () -> new Html(render(fragment, model.get(), locale, request, response)))
                .html();
    }

    /**
     * A rendering with more than its HTML ({@link Rendered}), kept like {@link #kept(String, String, Object, Locale,
     * Supplier, HttpServletRequest, HttpServletResponse)}; the supplier reads and renders (with {@link #render}).
     */
    @SuppressWarnings("unchecked") // one fragment is always kept as the one type its caller renders it into
    public <R extends Rendered> R kept(
            String version, String fragment, Object dependsOn, Locale locale, Supplier<R> rendering) {
        Objects.requireNonNull(locale, "locale");
        if (version == null) {
            return rendering.get();
        }
        return (R) kept.get(new Key(version, fragment, dependsOn, locale), key -> rendering.get());
    }

    /** The fragment ("template :: name") rendered with the model for this request only. */
    public String render(
            String fragment,
            Map<String, ?> model,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response) {
        try {
            View view = views.resolveViewName(fragment, locale);
            if (view == null) {
                throw new IllegalStateException("No view " + fragment);
            }
            StringResponse into = new StringResponse(response);
            view.render(model, request, into);
            return into.text();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Rendering " + fragment + " failed", e);
        }
    }

    /**
     * Collects what a view writes, and leaves the real response's headers alone: the page around the fragment sets
     * them. Links are still encoded by the real response (content-hashed static URLs).
     */
    private static final class StringResponse extends HttpServletResponseWrapper {

        private final StringWriter text = new StringWriter(64 * 1024);
        private final PrintWriter writer = new PrintWriter(text);

        StringResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() {
            return writer;
        }

        @Override
        public void setContentType(String type) {}

        @Override
        public void setCharacterEncoding(String charset) {}

        @Override
        public void setLocale(Locale locale) {}

        @Override
        public void flushBuffer() {
            writer.flush();
        }

        String text() {
            writer.flush();
            return text.toString();
        }
    }
}
