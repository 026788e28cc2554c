package nl.ivbplanner.planview;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.function.Supplier;
import nl.ivbplanner.web.RenderedFragments;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The rendered HTML of the plan page's activities, KPIs, budget and formation ({@code planview/plan-content}), kept
 * per state of the database: rendering the Rijswijk plan's 84 activities with 798 partner links, and reading them,
 * is most of that page's time, while its data changes rarely. The layout, the user's name, the CSRF tokens and the
 * filter form are rendered on every request around it.
 *
 * <p>The state is the database's version ({@link nl.ivbplanner.database.DatabaseState}), read before the data, so
 * every edit of a plan, its themes, activities, partners, KPIs, budget, formation, legend or evaluation shows on the
 * next read. A page read in a transaction that has written itself is rendered without the cache. Rendering and
 * keeping: {@link RenderedFragments}, the one place for both; this class says what the content depends on.
 */
@Component
public class PlanContentCache {

    private static final String FRAGMENT = "planview/plan-content :: content";

    private final RenderedFragments fragments;

    PlanContentCache(RenderedFragments fragments) {
        this.fragments = fragments;
    }

    /** Take this before reading the data that the content will show. */
    String version() {
        return fragments.version();
    }

    /** Forgets every kept content, for tests that count the statements of a page read from the database. */
    void clear() {
        fragments.clear();
    }

    /**
     * What the page around the content needs: the plan without its content ({@link PlanViewService#outline}), the
     * filter, how to read the content, and the page's model (the content is rendered with it, the full plan in it).
     */
    record Request(PlanView outline, PlanFilter filter, Supplier<PlanView> full, Model model) {}

    /** The rendered content and the number of activities it lists (the filter's count above it). */
    public record Content(String html, int activityCount) implements RenderedFragments.Rendered {}

    /**
     * The content for this reader: kept when it was rendered for the same version, plan address, filter, language
     * and rights; read and rendered otherwise.
     */
    Content content(
            String readVersion,
            Request content,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response) {
        PlanView outline = content.outline();
        DependsOn dependsOn = new DependsOn(
                request.getRequestURI(), content.filter(), outline.writer(), outline.manager(), outline.editable());
        return fragments.kept(
                readVersion, FRAGMENT, dependsOn, locale, () -> uncached(content, locale, request, response));
    }

    /** The content read and rendered for this request only. */
    Content uncached(Request content, Locale locale, HttpServletRequest request, HttpServletResponse response) {
        PlanView full = content.full().get();
        content.model().addAttribute("view", full);
        return new Content(
                fragments.render(FRAGMENT, content.model().asMap(), locale, request, response), full.activityCount());
    }

    private record DependsOn(String path, PlanFilter filter, boolean writer, boolean manager, boolean editable) {}
}
