package nl.ivbplanner.security;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every write route the application has (found from its request mappings, so a new route is covered without
 * listing it), posted with a valid CSRF token by every role that may not use it, for Wassenaar's data: each gets 403,
 * or a redirect to the login page when signed out, and nothing in the database changes. Roles that may use a route
 * are not turned away.
 */
@IvbIntegrationTest
class WriteRouteAccessMatrixTest {

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::([^}]+))?}");

    /**
     * Path variables as Wassenaar's concept plan 2026 fills them; ids are looked up only after the access check, so
     * an id that does not exist shows who gets that far without changing anything.
     */
    private static final Map<String, String> WASSENAAR =
            Map.of("municipality", "wassenaar", "framework", "ivb-2024-2027", "year", "2026");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void theMatrixCoversTheWriteRoutesOfEveryFeature() {
        assertThat(writeRoutes())
                .hasSizeGreaterThan(40)
                .anyMatch(r -> r.endsWith("/vaststellen"))
                .anyMatch(r -> r.endsWith("/evaluatie/{activity}"))
                .anyMatch(r -> r.contains("/kpis/"))
                .anyMatch(r -> r.contains("/regels/"))
                .anyMatch(r -> r.contains("/themas"))
                .anyMatch(r -> r.contains("/teksten"))
                .anyMatch(r -> r.contains("/doelen"))
                .anyMatch(r -> r.endsWith("/legenda"))
                .anyMatch(r -> r.endsWith("/overnemen"))
                .anyMatch(r -> r.contains("/partners"))
                .anyMatch(r -> r.endsWith("/plannen/{year}/titel"))
                .anyMatch(r -> r.endsWith("/plannen/{year}/verwijderen"))
                .anyMatch(r -> r.endsWith("/publicatie"))
                .anyMatch(r -> r.endsWith("/kaders/nieuw"))
                .anyMatch(r -> r.endsWith("/kaders/{framework}/bewerken"))
                .anyMatch(r -> r.endsWith("/kaders/{framework}/teksten/nieuw"))
                .anyMatch(r -> r.startsWith("/beheer/gemeenten"))
                .anyMatch(r -> r.equals("/beheer/gebruikers/{id}/rol"))
                .anyMatch(r -> r.equals("/wachtwoord"))
                .anyMatch(r -> r.endsWith("/plannen/{year}/vragen/nieuw"))
                .anyMatch(r -> r.endsWith("/raadsvragen/{id}/antwoord"));
    }

    @TestFactory
    Stream<DynamicTest> nobodyWithoutTheRightWritesAnything() {
        String before = fingerprint();
        List<DynamicTest> tests = new ArrayList<>();
        for (String route : writeRoutes()) {
            String path = fill(route);
            for (String username : forbidden(route)) {
                tests.add(DynamicTest.dynamicTest(username + " POST " + route, () -> {
                    MvcResult result = mvc.perform(post(path).with(csrf()).with(as(jdbc, username)))
                            .andReturn();
                    assertThat(result.getResponse().getStatus()).as(path).isEqualTo(403);
                    assertThat(fingerprint()).as("database after " + path).isEqualTo(before);
                }));
            }
            tests.add(DynamicTest.dynamicTest("signed out POST " + route, () -> {
                MvcResult result = mvc.perform(post(path).with(csrf())).andReturn();
                assertThat(result.getResponse().getRedirectedUrl()).as(path).endsWith("/login");
                assertThat(fingerprint()).as("database after " + path).isEqualTo(before);
            }));
        }
        return tests.stream();
    }

    /**
     * The same empty posts by those who may write get past the access check: the form again (200), an unknown id
     * (404), or a plan not in the state for it (409); still nothing changes, as the posts carry no valid input.
     */
    @TestFactory
    Stream<DynamicTest> whoMayWriteIsNotTurnedAway() {
        String before = fingerprint();
        return writeRoutes().stream()
                .flatMap(route -> allowed(route).stream()
                        .map(username -> DynamicTest.dynamicTest(username + " POST " + route, () -> {
                            int status = mvc.perform(
                                            post(fill(route)).with(csrf()).with(as(jdbc, username)))
                                    .andReturn()
                                    .getResponse()
                                    .getStatus();
                            assertThat(status).as(fill(route)).isIn(200, 404, 409);
                            assertThat(fingerprint())
                                    .as("database after " + fill(route))
                                    .isEqualTo(before);
                        })));
    }

    /** The users who may not use the route, including every role of another municipality. */
    private static List<String> forbidden(String route) {
        if (forEveryone(route)) {
            return List.of();
        }
        if (needsCouncil(route)) {
            return List.of(
                    "adviseur.wassenaar",
                    "manager.wassenaar",
                    "beheerder",
                    "raadslid.rijswijk",
                    "adviseur.rijswijk",
                    "manager.rijswijk");
        }
        List<String> users = new ArrayList<>(
                List.of("raadslid.wassenaar", "adviseur.rijswijk", "manager.rijswijk", "raadslid.rijswijk"));
        if (needsManager(route) || needsAdmin(route)) {
            users.add("adviseur.wassenaar");
        }
        if (needsAdmin(route)) {
            users.add("manager.wassenaar");
        }
        return users;
    }

    private static List<String> allowed(String route) {
        if (forEveryone(route)) {
            return List.of("raadslid.wassenaar", "adviseur.rijswijk", "manager.wassenaar", "beheerder");
        }
        if (needsAdmin(route)) {
            return List.of("beheerder");
        }
        if (needsCouncil(route)) {
            // about Wassenaar's concept plan, which a council member cannot see: 404
            return List.of("raadslid.wassenaar");
        }
        return needsManager(route)
                ? List.of("manager.wassenaar", "beheerder")
                : List.of("adviseur.wassenaar", "manager.wassenaar", "beheerder");
    }

    private static boolean needsManager(String route) {
        return route.endsWith("/vaststellen")
                || route.endsWith("/heropenen")
                || route.endsWith("/evaluatie/afsluiten")
                || route.endsWith("/plannen/{year}/titel")
                || route.endsWith("/plannen/{year}/verwijderen")
                || route.endsWith("/herinneringen");
    }

    /** The legend and the municipality's own settings; every page below /beheer concerns more than one municipality. */
    private static boolean needsAdmin(String route) {
        return route.endsWith("/legenda")
                || route.endsWith("/publicatie")
                || route.endsWith("/gegevens")
                || route.contains("/inwoners")
                || route.startsWith("/beheer/");
    }

    /** A question to the college: only the municipality's council members ask, not its staff nor an administrator. */
    private static boolean needsCouncil(String route) {
        return route.endsWith("/vragen/nieuw");
    }

    /** One's own password: every signed-in user. */
    private static boolean forEveryone(String route) {
        return route.equals("/wachtwoord");
    }

    private List<String> writeRoutes() {
        TreeSet<String> routes = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (info.getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
                routes.addAll(info.getPatternValues());
            }
        });
        routes.removeIf(route ->
                !route.startsWith("/gemeenten/") && !route.startsWith("/beheer/") && !route.equals("/wachtwoord"));
        return List.copyOf(routes);
    }

    /** Fills the route's variables: Wassenaar's slugs, the first allowed value of a restricted variable, else an unknown id. */
    private static String fill(String route) {
        Matcher variable = VARIABLE.matcher(route);
        StringBuilder path = new StringBuilder();
        while (variable.find()) {
            String value = WASSENAAR.getOrDefault(
                    variable.group(1),
                    variable.group(2) != null ? variable.group(2).split("\\|")[0] : "999999999");
            variable.appendReplacement(path, value);
        }
        return variable.appendTail(path).toString();
    }

    /** Row counts and version sums of every table the app writes, and the number of history revisions. */
    private String fingerprint() {
        List<String> parts = new ArrayList<>();
        for (String table : List.of(
                "municipality",
                "status_legend",
                "policy_framework",
                "theme",
                "partner",
                "execution_plan",
                "objective",
                "activity",
                "activity_partner",
                "evaluation",
                "kpi",
                "measurement",
                "budget_table",
                "budget_line",
                "capacity_table",
                "capacity_line",
                "narrative_section",
                "reminder_settings",
                "council_question",
                "app_user")) {
            parts.add(table + "="
                    + jdbc.sql("select count(*) || '/' || coalesce(sum(version), 0) from " + table)
                            .query(String.class)
                            .single());
        }
        parts.add("plan_state_change="
                + jdbc.sql("select count(*) from plan_state_change")
                        .query(Long.class)
                        .single());
        parts.add("admin_log="
                + jdbc.sql("select count(*) from admin_log").query(Long.class).single());
        parts.add("revinfo="
                + jdbc.sql("select count(*) from revinfo").query(Long.class).single());
        return String.join(" ", parts);
    }
}
