package nl.ivbplanner.web;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.ivbplanner.support.Given;
import nl.ivbplanner.support.IvbIntegrationTest;
import nl.ivbplanner.support.Routes;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every form of the application, found by following the links of two municipalities' pages as an administrator
 * (so a new form is covered without listing it; only a council member's own forms are listed), posted again and again
 * with one field or one id in its address replaced by a hostile value: a NUL byte, invalid and huge numbers,
 * out-of-range years, a huge text, emoji, markup, ids that do not exist. None may answer 500; a form shown again keeps what was typed, escaped. Every write route of
 * the request mappings must have been found as a form.
 *
 * <p>On a database of its own, apart even from the other tests that commit ({@code @IvbOwnDatabaseTest}): it leaves
 * hostile values in every field it reaches, which those tests, comparing files with the seeded plans, must not see.
 */
@IvbIntegrationTest
@TestPropertySource(properties = "ivb.test.own-database=fuzzed")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormFuzzTest {

    static final List<String> HOSTILE_VALUES = List.of(
            "nul\u0000byte",
            "abc",
            "1.5",
            "99999999999999999999",
            "-1",
            "0000",
            "9999",
            "999999999",
            "   ",
            "x".repeat(100_000),
            "Overlast 👮‍♀️🚨 ✓",
            "<script>alert(1)</script>");

    static final List<String> HOSTILE_IDS =
            List.of("999999999", "-1", "abc", "1.5", "99999999999999999999", "nul%00byte");

    private static final String WASSENAAR_IVB = "/gemeenten/wassenaar/kaders/ivb-2024-2027";
    private static final String WASSENAAR_UNDERMINING = "/gemeenten/wassenaar/kaders/ondermijning-2025-2028";
    private static final String RIJSWIJK = "/gemeenten/rijswijk/kaders/strategisch-veiligheidsbeleid-2026-2030";

    /**
     * Where the crawl starts: the pages of each plan state first, and the pages whose forms only some rows have (the
     * measurements of a plan that has them, the formation table, the unused theme), so that the first pages of each
     * route are the ones with forms.
     */
    private static final List<String> START_PAGES = List.of(
            WASSENAAR_IVB + "/plannen/2026?volgorde=true",
            RIJSWIJK + "/plannen/2026?volgorde=true",
            WASSENAAR_IVB + "/plannen/2025",
            WASSENAAR_UNDERMINING + "/plannen/2026",
            WASSENAAR_UNDERMINING + "/plannen/2026/kpis",
            RIJSWIJK + "/plannen/2026/formatie",
            WASSENAAR_UNDERMINING + "/themas",
            "/gemeenten/wassenaar/legenda",
            "/gemeenten/wassenaar",
            "/gemeenten/rijswijk",
            "/",
            "/beheer/gebruikers",
            "/wachtwoord",
            "/api-sleutels");

    /**
     * The forms only a council member has (a question to the college; an administrator does not ask in the council's
     * name), crawled as Wassenaar's council member without following their links.
     */
    private static final List<String> COUNCIL_PAGES = List.of(WASSENAAR_IVB + "/plannen/2025/vragen/nieuw");

    private static final String ADMIN = "beheerder";
    private static final String COUNCIL_MEMBER = "raadslid.wassenaar";

    /**
     * The two municipalities' pages, the administration of more than one municipality (/beheer), one's password and
     * API keys.
     */
    private static final Pattern OWN_PAGES =
            Pattern.compile("^/gemeenten/(wassenaar|rijswijk)(/.*)?$|^/beheer/.*$|^/wachtwoord$|^/api-sleutels(/.*)?$");

    private static final int PAGES_PER_ROUTE = 3;
    private static final Set<String> TEXT_TYPES =
            Set.of("text", "search", "number", "date", "email", "url", "tel", "textarea");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final List<Form> forms = new ArrayList<>();
    private final Map<Integer, Integer> outcomes = new HashMap<>();
    private int requests;

    /**
     * Wassenaar's plan 2026 against undermining adopted and every activity given a verdict, so that its evaluation,
     * closing, reopening and measurement forms exist; Wassenaar's plan 2025 is evaluated (carry-over); its IVB plan
     * 2026 and Rijswijk's 2026 are concepts (every editor, Rijswijk's with budget and formation tables and
     * objectives); one theme is unused (its delete form); a workbook is uploaded to Wassenaar's concept (the import's
     * confirmation form); a council member asked a question about the evaluated plan (its answer form).
     */
    @BeforeAll
    void prepareEveryStateThenCrawl() throws Exception {
        Given.in(jdbc)
                .plan("ondermijning-2025-2028", 2026)
                .adopted(LocalDate.of(2026, 2, 10))
                .judgedAtYearEnd("GREEN", null);
        long unused = jdbc.sql("""
                insert into theme (framework_id, name, kind, position)
                select id, 'Ongebruikt thema', 'OTHER', 99 from policy_framework where slug = 'ondermijning-2025-2028'
                returning id""").query(Long.class).single();
        // a concept framework, whose edit and adoption forms only a concept has
        jdbc.sql("""
                insert into policy_framework (municipality_id, slug, title, kind, first_year, last_year, state)
                select id, 'ivb-2028-2031', 'IVB 2028-2031', 'INTEGRAL_SAFETY', 2028, 2031, 'CONCEPT'
                from municipality where slug = 'wassenaar'""").update();
        // with two texts of its own, so that their edit, delete and move forms exist
        jdbc.sql("""
                insert into narrative_section (framework_id, level, heading, body, position)
                select id, 1, 'Hoofdstuk ' || n, 'Tekst ' || n, n from policy_framework, generate_series(0, 1) as n
                where slug = 'ivb-2028-2031'""").update();
        // an account switched off and one locked, so that the buttons to switch on and to lift a lock exist
        jdbc.sql("""
                insert into app_user (username, display_name, password_hash, role, municipality_id, enabled,
                                      failed_login_attempts, locked_until)
                select u.login, u.login, '{noop}x', 'ADVISOR', m.id, u.login <> 'fuzz.uitgeschakeld',
                       case when u.login = 'fuzz.geblokkeerd' then 5 else 0 end,
                       case when u.login = 'fuzz.geblokkeerd' then now() + interval '1 day' end
                from municipality m, unnest(array['fuzz.uitgeschakeld', 'fuzz.geblokkeerd']) as u (login)
                where m.slug = 'wassenaar'""").update();
        jdbc.sql("""
                insert into council_question (municipality_id, plan_id, document, question, asked_by_name, asked_at)
                select f.municipality_id, p.id, 'REPORT', 'Een vraag', 'Raadslid Wassenaar', now()
                from execution_plan p join policy_framework f on f.id = p.framework_id
                where f.slug = 'ivb-2024-2027' and p.year = 2025""").update();
        // a year of inhabitants, so that its form to correct and to remove it exists
        jdbc.sql("""
                insert into municipality_inhabitants (municipality_id, year, inhabitants)
                select id, 2025, 26000 from municipality where slug = 'wassenaar'""").update();
        // an API key of the administrator's, so that its revoke button exists
        jdbc.sql("""
                insert into api_key (user_id, municipality_id, role, name, token_hash, token_start, created_at)
                select u.id, m.id, u.role, 'Fuzz', repeat('a', 64), 'ivb_aaaaaa', now()
                from app_user u, municipality m where u.username = 'beheerder' and m.slug = 'wassenaar'""").update();
        List<String> start = new ArrayList<>(START_PAGES);
        start.add(WASSENAAR_UNDERMINING + "/themas/" + unused + "/verwijderen");
        start.add(uploadedWorkbookWithoutItsLastActivity(WASSENAAR_IVB + "/plannen/2026"));
        crawl(start, ADMIN, true);
        crawl(COUNCIL_PAGES, COUNCIL_MEMBER, false);
    }

    /** An import's preview, whose confirmation form only an upload that changes the plan has. */
    private String uploadedWorkbookWithoutItsLastActivity(String plan) throws Exception {
        byte[] export = mvc.perform(get(plan + "/export.xlsx").with(as(jdbc, ADMIN)))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export))) {
            Sheet activities = workbook.getSheetAt(0);
            activities.removeRow(activities.getRow(activities.getLastRowNum()));
            ByteArrayOutputStream changed = new ByteArrayOutputStream();
            workbook.write(changed);
            return mvc.perform(multipart(plan + "/import")
                            .file(new MockMultipartFile("bestand", "plan.xlsx", null, changed.toByteArray()))
                            .with(csrf())
                            .with(as(jdbc, ADMIN)))
                    .andReturn()
                    .getResponse()
                    .getRedirectedUrl();
        }
    }

    @Test
    void everyWriteRouteOfTheRequestMappingsWasFoundAsAForm() {
        Set<String> found = forms.stream()
                .filter(f -> f.method.equals("post"))
                .map(f -> f.route)
                .collect(Collectors.toSet());
        assertThat(writeRoutes())
                .allSatisfy(route ->
                        assertThat(found).as("a form for POST " + route).contains(route));
    }

    @Test
    void noHostileValueInAnyFieldOrIdGivesAServerErrorAndAShownFormKeepsIt() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Form form : ordered(forms)) {
            for (String field : form.fieldNames()) {
                for (String value : HOSTILE_VALUES) {
                    Map<String, List<String>> params = new LinkedHashMap<>(form.fields);
                    params.put(field, List.of(value));
                    check(failures, form, form.action, params, field, value);
                }
            }
            for (String mutated : withHostileIds(form.action)) {
                check(failures, form, mutated, new LinkedHashMap<>(form.fields), null, null);
            }
        }
        System.out.printf(
                "Fuzzed %d forms (%d POST, %d GET) with %d values and %d ids: %d requests, statuses %s%n",
                forms.size(),
                forms.stream().filter(f -> f.method.equals("post")).count(),
                forms.stream().filter(f -> f.method.equals("get")).count(),
                HOSTILE_VALUES.size(),
                HOSTILE_IDS.size(),
                requests,
                new TreeMap<>(outcomes));
        assertThat(failures).isEmpty();
    }

    private void check(
            List<String> failures,
            Form form,
            String action,
            Map<String, List<String>> params,
            String field,
            String value)
            throws Exception {
        MockHttpServletRequestBuilder request =
                request(HttpMethod.valueOf(form.method.toUpperCase()), action).with(as(jdbc, form.user));
        if (form.method.equals("post")) {
            request.with(csrf());
        }
        params.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
        MvcResult result;
        try {
            result = mvc.perform(request).andReturn();
        } catch (Exception unhandled) {
            requests++;
            outcomes.merge(500, 1, Integer::sum);
            failures.add(form.method.toUpperCase() + " " + action
                    + (field == null ? "" : " " + field + "=" + abbreviate(value)) + ": unhandled "
                    + rootCause(unhandled));
            return;
        }
        requests++;
        int status = result.getResponse().getStatus();
        outcomes.merge(status, 1, Integer::sum);
        String what =
                form.method.toUpperCase() + " " + action + (field == null ? "" : " " + field + "=" + abbreviate(value));
        if (status >= 500) {
            failures.add(what + ": " + status + " " + result.getResolvedException());
            return;
        }
        String body = result.getResponse().getContentAsString();
        if (body.contains("<script>alert(1)</script>")) {
            failures.add(what + ": markup not escaped");
        }
        if (status == 200
                && field != null
                && TEXT_TYPES.contains(form.types.get(field))
                && !value.isBlank()
                && !shows(body, field, value.replace("\u0000", ""))) {
            failures.add(what + ": input not kept");
        }
        if (status / 100 == 3 && form.method.equals("post")) {
            form.refresh(this);
        }
    }

    /** Lifecycle forms last: a plan adopted or reopened along the way would turn the other forms into 409s. */
    private static List<Form> ordered(List<Form> forms) {
        List<Form> ordered = new ArrayList<>(forms);
        ordered.sort((a, b) -> Boolean.compare(a.changesTheState(), b.changesTheState()));
        return ordered;
    }

    private List<String> withHostileIds(String action) {
        List<String> mutated = new ArrayList<>();
        Matcher number = Pattern.compile("/(\\d+)(?=/|$)").matcher(action);
        while (number.find()) {
            for (String id : HOSTILE_IDS) {
                mutated.add(action.substring(0, number.start(1)) + id + action.substring(number.end(1)));
            }
        }
        return mutated;
    }

    /** Follows the links of the start pages as the user (when asked to), collecting every form the user is shown. */
    private void crawl(List<String> start, String user, boolean followLinks) throws Exception {
        Deque<String> queue = new ArrayDeque<>(start);
        Set<String> seen = new HashSet<>(queue);
        Map<String, Integer> pagesPerRoute = new HashMap<>();
        Set<String> formKeys = new HashSet<>();
        while (!queue.isEmpty()) {
            String page = queue.poll();
            MvcResult result = mvc.perform(get(page).with(as(jdbc, user))).andReturn();
            if (result.getResponse().getStatus() != 200
                    || !String.valueOf(result.getResponse().getContentType()).startsWith("text/html")) {
                continue;
            }
            Document document = Jsoup.parse(result.getResponse().getContentAsString(), "http://localhost" + page);
            for (Element element : document.select("form")) {
                Form form = Form.of(element, page, user, this);
                if (form != null && formKeys.add(form.method + " " + form.route + " " + form.fields.keySet())) {
                    forms.add(form);
                }
            }
            for (Element link : followLinks ? document.select("a[href]") : List.<Element>of()) {
                String href = link.attr("abs:href")
                        .replaceFirst("^http://localhost", "")
                        .replaceFirst("#.*$", "");
                String path = href.replaceFirst("\\?.*$", "");
                if (!OWN_PAGES.matcher(path).matches()
                        || path.matches(".*\\.(pdf|xlsx|csv)$")
                        || href.contains("lang=")
                        || !seen.add(href)) {
                    continue;
                }
                String key = route(path, RequestMethod.GET) + (href.contains("?") ? "?" : "");
                // what a start page links to is always followed: start pages are chosen for the rows they show
                if (start.contains(page) || pagesPerRoute.merge(key, 1, Integer::sum) <= PAGES_PER_ROUTE) {
                    queue.add(href);
                }
            }
        }
    }

    private Set<String> writeRoutes() {
        Set<String> routes = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (info.getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
                routes.addAll(info.getPatternValues());
            }
        });
        routes.removeIf(route -> !adminOrMunicipalityPath(route));
        return routes;
    }

    /**
     * The addresses whose forms are fuzzed: a municipality's pages, the administration, one's own password and API
     * keys.
     */
    static boolean adminOrMunicipalityPath(String path) {
        return path.startsWith("/gemeenten/")
                || path.startsWith("/beheer/")
                || path.equals("/wachtwoord")
                || path.equals("/api-sleutels")
                || path.startsWith("/api-sleutels/");
    }

    /** The request mapping's pattern that serves this path, or the path itself when none does. */
    String route(String path, RequestMethod method) {
        return Routes.of(mappings, path, method);
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + abbreviate(String.valueOf(cause.getMessage()));
    }

    /** Whether the page shows the field again with exactly this value. */
    private static boolean shows(String body, String field, String value) {
        return Jsoup.parse(body).select("[name]").stream()
                .filter(e -> e.attr("name").equals(field))
                .anyMatch(e -> (e.tagName().equals("textarea") ? e.wholeText().replaceFirst("^\n", "") : e.val())
                        .equals(value));
    }

    private static String abbreviate(String value) {
        return value.length() > 30
                ? value.substring(0, 10) + "…(" + value.length() + " characters)"
                : value.replace("\u0000", "\\0");
    }

    /** A form as the page offers it: where it posts, and the values it would send unchanged. */
    static final class Form {
        final String method;
        final String action;
        final String route;
        final String page;
        final String user;
        final Map<String, List<String>> fields;
        final Map<String, String> types;

        private Form(
                String method,
                String action,
                String route,
                String page,
                String user,
                Map<String, List<String>> fields,
                Map<String, String> types) {
            this.method = method;
            this.action = action;
            this.route = route;
            this.page = page;
            this.user = user;
            this.fields = fields;
            this.types = types;
        }

        static Form of(Element element, String page, String user, FormFuzzTest test) {
            String method = element.attr("method").isEmpty()
                    ? "get"
                    : element.attr("method").toLowerCase();
            String action = element.attr("abs:action").replaceFirst("^http://localhost", "");
            if (action.isEmpty()) {
                action = page;
            }
            action = action.replaceFirst("\\?.*$", "");
            if (!adminOrMunicipalityPath(action) || !OWN_PAGES.matcher(action).matches()) {
                return null;
            }
            Map<String, List<String>> fields = new LinkedHashMap<>();
            Map<String, String> types = new LinkedHashMap<>();
            for (Element input : element.select("input[name], textarea[name], select[name]")) {
                String name = input.attr("name");
                if (name.equals("_csrf")) {
                    continue;
                }
                String type =
                        input.tagName().equals("input") ? input.attr("type").toLowerCase() : input.tagName();
                types.putIfAbsent(name, type.isEmpty() ? "text" : type);
                List<String> values = fields.computeIfAbsent(name, n -> new ArrayList<>());
                switch (type) {
                    case "checkbox", "radio" -> {
                        if (input.hasAttr("checked")) {
                            values.add(input.attr("value").isEmpty() ? "on" : input.attr("value"));
                        }
                    }
                    case "select" -> {
                        Element selected = input.selectFirst("option[selected]");
                        Element option = selected != null ? selected : input.selectFirst("option");
                        if (option != null) {
                            values.add(option.attr("value"));
                        }
                    }
                    case "textarea" -> values.add(input.wholeText());
                    case "submit", "button", "reset" -> fields.remove(name);
                    default -> values.add(input.attr("value"));
                }
            }
            RequestMethod requestMethod = method.equals("post") ? RequestMethod.POST : RequestMethod.GET;
            return new Form(method, action, test.route(action, requestMethod), page, user, fields, types);
        }

        List<String> fieldNames() {
            return List.copyOf(fields.keySet());
        }

        boolean changesTheState() {
            return route.endsWith("/vaststellen")
                    || route.endsWith("/heropenen")
                    || route.endsWith("/afsluiten")
                    || route.endsWith("/overnemen");
        }

        /** After a save the stored version moved on: take the form as its page shows it now. */
        void refresh(FormFuzzTest test) throws Exception {
            MvcResult result =
                    test.mvc.perform(get(page).with(as(test.jdbc, user))).andReturn();
            Document document = Jsoup.parse(result.getResponse().getContentAsString(), "http://localhost" + page);
            for (Element element : document.select("form")) {
                Form again = of(element, page, user, test);
                if (again != null
                        && again.action.equals(action)
                        && again.fields.keySet().equals(fields.keySet())) {
                    fields.putAll(again.fields);
                    return;
                }
            }
        }
    }
}
