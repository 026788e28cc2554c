package nl.ivbplanner.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import nl.ivbplanner.support.Chromium;
import nl.ivbplanner.support.IvbIntegrationTest;
import nl.ivbplanner.support.Routes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Issue 24, phones: at a 375 × 812 viewport no page scrolls sideways (WCAG 1.4.10); a wide table scrolls inside its
 * own box. Crawls the pages each kind of user reaches by links (GET only, a few pages per route), and the pages that
 * were once far too wide, and reports every page that is wider than the screen at once.
 */
@IvbIntegrationTest
class PhoneWidthBrowserIT {

    private static final int WIDTH = 375;
    private static final int HEIGHT = 812;
    private static final int PAGES_PER_USER = 150;
    private static final int PAGES_PER_ROUTE = 3;

    private static final String RIJSWIJK = "/gemeenten/rijswijk/kaders/strategisch-veiligheidsbeleid-2026-2030";
    private static final String WASSENAAR = "/gemeenten/wassenaar/kaders/ivb-2024-2027";

    /** The pages measured too wide before issue 24 (Rijswijk's dashboard was 2,206 px), always visited. */
    private static final List<String> ONCE_TOO_WIDE = List.of(
            RIJSWIJK + "/dashboard",
            RIJSWIJK + "/plannen/2026/begroting",
            WASSENAAR + "/dashboard",
            "/gemeenten/wassenaar/kaders/ondermijning-2025-2028/dashboard",
            RIJSWIJK + "/plannen/2026",
            "/gemeenten/westland/kaders/veiligheidsbeleid-2019-2022");

    /** Signing out, switching the language and downloads are not pages to measure. */
    private static final Pattern NOT_A_PAGE = Pattern.compile(
            ".*(\\.(pdf|docx|xlsx|csv|json|zip)|/logout|/uitloggen)$|^/(actuator|webjars|css|vendor)/.*");

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @BeforeEach
    void pointAtServer() {
        chromium.useServerPort(port);
    }

    @AfterEach
    void desktopAgain() {
        ((ChromiumDriver) chromium.driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    @Test
    void noPageScrollsSidewaysAtPhoneWidth() {
        Map<String, Long> tooWide = new java.util.TreeMap<>();
        int measured = 0;
        Predicate<String> staffPages = path -> path.startsWith("/gemeenten/")
                || path.startsWith("/beheer/")
                || path.startsWith("/openbaar/")
                || path.equals("/")
                || path.equals("/mijn-werk")
                || path.equals("/wachtwoord")
                || path.equals("/api-sleutels")
                || path.equals("/toegankelijkheid");
        for (String user : List.of("beheerder", "manager.rijswijk", "adviseur.wassenaar", "raadslid.westland")) {
            chromium.signIn(user);
            List<String> start = new ArrayList<>(List.of("/", "/gemeenten/rijswijk", "/gemeenten/wassenaar"));
            start.addAll(ONCE_TOO_WIDE);
            measured += crawl(user, start, staffPages, tooWide);
        }
        chromium.driver.manage().deleteAllCookies();
        measured += crawl(
                "signed out",
                List.of(
                        "/login",
                        "/toegankelijkheid",
                        "/openbaar/wassenaar",
                        "/openbaar/rijswijk",
                        "/openbaar/westland",
                        "/openbaar/wassenaar/kaders/ivb-2024-2027/plannen/2025"),
                path -> path.startsWith("/openbaar/"),
                tooWide);

        assertThat(measured).as("pages measured").isGreaterThan(150);
        assertThat(tooWide)
                .as("pages that scroll sideways at %d px (path (user)=width)", WIDTH)
                .isEmpty();
    }

    /** Visits the start pages and the same-site links they lead to as the signed-in user; returns how many it measured. */
    private int crawl(String user, List<String> start, Predicate<String> follow, Map<String, Long> tooWide) {
        phoneViewport();
        Deque<String> queue = new ArrayDeque<>(start);
        Set<String> seen = new LinkedHashSet<>(start);
        Map<String, Integer> pagesPerRoute = new HashMap<>();
        int measured = 0;
        while (!queue.isEmpty() && measured < PAGES_PER_USER) {
            String page = queue.poll();
            chromium.open(page);
            @SuppressWarnings("unchecked")
            Map<String, Object> sizes = (Map<String, Object>) js().executeScript("""
                    return {inner: window.innerWidth, client: document.documentElement.clientWidth,
                            scroll: document.documentElement.scrollWidth,
                            links: [...document.querySelectorAll('a[href]')].map(a => a.href)
                                .filter(h => h.startsWith(location.origin + '/'))
                                .map(h => h.substring(location.origin.length).replace(/#.*$/, ''))}""");
            measured++;
            assertThat(((Number) sizes.get("inner")).intValue())
                    .as("viewport width on %s", page)
                    .isEqualTo(WIDTH);
            // the page's own width, without a classic scroll bar's 15 px: anything wider scrolls sideways
            long width = ((Number) sizes.get("scroll")).longValue();
            if (width > ((Number) sizes.get("client")).longValue()) {
                tooWide.merge(page + " (" + user + ")", width, Math::max);
            }
            @SuppressWarnings("unchecked")
            List<String> links = (List<String>) sizes.get("links");
            for (String href : links) {
                String path = href.replaceFirst("\\?.*$", "");
                if (href.contains("lang=") || NOT_A_PAGE.matcher(path).matches() || !follow.test(path)) {
                    continue;
                }
                String route = Routes.of(mappings, path, RequestMethod.GET) + (href.contains("?") ? "?" : "");
                if (!seen.contains(href) && pagesPerRoute.merge(route, 1, Integer::sum) <= PAGES_PER_ROUTE) {
                    seen.add(href);
                    queue.add(href);
                }
            }
        }
        return measured;
    }

    /** Exactly 375 CSS px wide, as on a small phone, whatever the window (DevTools device metrics, not a resize). */
    private static void phoneViewport() {
        ((ChromiumDriver) chromium.driver)
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of("width", WIDTH, "height", HEIGHT, "deviceScaleFactor", 1, "mobile", false));
    }

    private static JavascriptExecutor js() {
        return (JavascriptExecutor) chromium.driver;
    }

    /** Screenshots at 1280 and 375 px in target/screenshots, and axe, of the pages that were once too wide. */
    @Test
    void theOnceTooWidePagesAreAccessibleAtBothWidths() throws Exception {
        chromium.signIn("beheerder");
        String[] names = {
            "phone-dashboard-rijswijk",
            "phone-budget-rijswijk",
            "phone-dashboard-wassenaar",
            "phone-dashboard-wassenaar-kpis",
            "phone-plan-rijswijk",
            "phone-framework-westland"
        };
        for (int i = 0; i < names.length; i++) {
            chromium.open(ONCE_TOO_WIDE.get(i));
            chromium.assertAccessible(names[i]);
        }
    }
}
