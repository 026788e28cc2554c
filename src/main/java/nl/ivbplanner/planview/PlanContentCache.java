package nl.ivbplanner.planview;

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
import java.util.function.Supplier;
import nl.ivbplanner.database.DatabaseState;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * The rendered HTML of the plan page's activities, KPIs, budget and formation ({@code planview/plan-content}), kept
 * per state of the database: rendering the Rijswijk plan's 84 activities with 798 partner links, and reading them,
 * is most of that page's time, while its data changes rarely. The layout, the user's name, the CSRF tokens and the
 * filter form are rendered on every request around it.
 *
 * <p>The state is the database's version ({@link DatabaseState}), read before the data, so every edit of a plan, its
 * themes, activities, partners, KPIs, budget, formation, legend or evaluation shows on the next read. A page read in
 * a transaction that has written itself is rendered without the cache.
 */
@Component
public class PlanContentCache {

    private static final String FRAGMENT = "planview/plan-content :: content";

    private final Cache<Key, Content> pages = Caffeine.newBuilder()
            // a Rijswijk plan's content is about 250,000 characters: room for a hundred or so such pages
            .maximumWeight(32_000_000)
            .weigher((Key key, Content content) -> content.html().length())
            .expireAfterAccess(Duration.ofHours(1))
            .build();
    private final ViewResolver views;
    private final DatabaseState database;

    PlanContentCache(@Qualifier("thymeleafViewResolver") ViewResolver thymeleafViewResolver, DatabaseState database) {
        this.views = thymeleafViewResolver;
        this.database = database;
    }

    /** Take this before reading the data that the content will show. */
    String version() {
        return database.version();
    }

    /** Forgets every kept content, for tests that count the statements of a page read from the database. */
    void clear() {
        pages.invalidateAll();
    }

    /**
     * What the page around the content needs: the plan without its content ({@link PlanViewService#outline}), the
     * filter, how to read the content, and the page's model (the content is rendered with it, the full plan in it).
     */
    record Request(PlanView outline, PlanFilter filter, Supplier<PlanView> full, Model model) {}

    /** The rendered content and the number of activities it lists (the filter's count above it). */
    public record Content(String html, int activityCount) {}

    /**
     * The content for this reader: from the cache when it was rendered for the same version, plan address, filter,
     * language and rights; read and rendered otherwise.
     */
    Content content(
            String readVersion,
            Request content,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response) {
        PlanView outline = content.outline();
        Key key = new Key(
                readVersion,
                request.getRequestURI(),
                content.filter(),
                locale,
                outline.writer(),
                outline.manager(),
                outline.editable());
        return pages.get(key, k -> uncached(content, locale, request, response));
    }

    /** The content read and rendered for this request only. */
    Content uncached(Request content, Locale locale, HttpServletRequest request, HttpServletResponse response) {
        PlanView full = content.full().get();
        content.model().addAttribute("view", full);
        return new Content(render(content.model().asMap(), locale, request, response), full.activityCount());
    }

    private String render(
            Map<String, Object> model, Locale locale, HttpServletRequest request, HttpServletResponse response) {
        try {
            View view = views.resolveViewName(FRAGMENT, locale);
            if (view == null) {
                throw new IllegalStateException("No view " + FRAGMENT);
            }
            StringResponse into = new StringResponse(response);
            view.render(model, request, into);
            return into.text();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Rendering " + FRAGMENT + " failed", e);
        }
    }

    private record Key(
            String version,
            String path,
            PlanFilter filter,
            Locale locale,
            boolean writer,
            boolean manager,
            boolean editable) {}

    /**
     * Collects what a view writes, and leaves the real response's headers alone: the page around the content sets
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
