package nl.ivbplanner.web;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.ivbplanner.support.Browser;
import nl.ivbplanner.support.IvbIntegrationTest;
import nl.ivbplanner.support.KeptSession;
import nl.ivbplanner.support.RawHttp;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the server answers before and around the application's pages, through real HTTP to Tomcat where MockMvc
 * would skip it: addresses Tomcat refuses, /error, the favicon, Host and X-Forwarded-Proto headers, where the CSRF
 * token may come from, a NUL byte and emoji in a form's body, the health endpoints.
 */
@IvbIntegrationTest
class HttpHardeningTest {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"/gemeenten%2Fwassenaar", "/..;/login", "/login%C3%28", "/login%00"})
    void anAddressTomcatRefusesGetsTheDutchPageWithTheSecurityHeaders(String path) throws Exception {
        RawHttp.Response response = RawHttp.get(port, path);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body())
                .contains("<html lang=\"nl\"")
                .contains("Ongeldige aanvraag")
                .doesNotContain("Tomcat");
        assertThat(response.header("Content-Security-Policy")).contains("default-src 'self'");
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    /** The hidden version is never typed: a value that is no version is a bad request, not a form that cannot be shown. */
    @ParameterizedTest
    @ValueSource(strings = {"abc", "1.5", "99999999999999999999"})
    void aTamperedVersionIsABadRequest(String version) throws Exception {
        long activity = jdbc.sql("""
                select min(a.id) from activity a join execution_plan p on p.id = a.plan_id
                join policy_framework f on f.id = p.framework_id where f.slug = 'ivb-2024-2027' and p.state = 'CONCEPT'""").query(Long.class).single();
        long theme = jdbc.sql("select theme_id from activity where id = ?")
                .param(activity)
                .query(Long.class)
                .single();
        mvc.perform(post("/gemeenten/wassenaar/activiteiten/{id}/bewerken", activity)
                        .with(as(jdbc, "adviseur.wassenaar"))
                        .with(csrf())
                        .param("thema", String.valueOf(theme))
                        .param("titel", "Getest")
                        .param("version", version))
                .andExpect(status().isBadRequest());
    }

    @Test
    void errorOpenedDirectlyIsAPageThatDoesNotExist() throws Exception {
        RawHttp.Response response = RawHttp.get(port, "/error", "Accept: text/html");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body()).contains("Pagina niet gevonden");
    }

    @Test
    void shipsAFavicon() throws Exception {
        RawHttp.Response response = RawHttp.get(port, "/favicon.ico");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).contains("icon");
    }

    @Test
    void aRedirectNeverCarriesTheHostHeaderAClientSent() throws Exception {
        RawHttp.Response response = RawHttp.get(port, "/gemeenten/wassenaar", "Host: evil.example");
        assertThat(response.status()).isEqualTo(302);
        assertThat(response.header("Location")).isEqualTo("/login");

        KeptSession session = new KeptSession(mvc);
        session.perform(get("/gemeenten/wassenaar").with(request -> {
            request.setServerName("evil.example");
            return request;
        }));
        String back = session.perform(post("/login")
                        .param("username", "adviseur.wassenaar")
                        .param("password", IvbIntegrationTest.DEMO_PASSWORD)
                        .param("_csrf", csrfToken(session)))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(back).startsWith("/gemeenten/wassenaar").doesNotContain("evil.example");
    }

    @Test
    void behindATlsProxyTheSessionCookieIsSecureAndPagesAskForHttps() throws Exception {
        RawHttp.Response proxied = RawHttp.get(port, "/login", "X-Forwarded-Proto: https");
        assertThat(proxied.header("Set-Cookie"))
                .contains(KeptSession.COOKIE + "=")
                .contains("Secure")
                .contains("HttpOnly");
        assertThat(proxied.header("Strict-Transport-Security")).contains("max-age=31536000");

        RawHttp.Response plain = RawHttp.get(port, "/login");
        assertThat(plain.header("Set-Cookie"))
                .contains(KeptSession.COOKIE + "=")
                .doesNotContain("Secure");
        assertThat(plain.header("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void theCsrfTokenCountsFromTheBodyButNotFromTheAddress() throws Exception {
        KeptSession session = new KeptSession(mvc);
        String token = csrfToken(session);
        session.perform(post("/login?_csrf=" + token)
                        .param("username", "adviseur.wassenaar")
                        .param("password", IvbIntegrationTest.DEMO_PASSWORD))
                .andExpect(status().isForbidden());
        session.perform(post("/login")
                        .param("username", "adviseur.wassenaar")
                        .param("password", IvbIntegrationTest.DEMO_PASSWORD)
                        .param("_csrf", token))
                .andExpect(redirectedUrl("/"));
    }

    /**
     * Through Tomcat: a NUL byte in a parameter's name would, once stripped, make a token in the address count as
     * '_csrf'; such a name is refused outright.
     */
    @Test
    void aNulByteInAParameterNameIsRefusedSoNoTokenSlipsInThroughTheAddress() throws Exception {
        Browser browser = new Browser(port);
        String token = Jsoup.parse(browser.get("/login").body())
                .select("input[name=_csrf]")
                .val();
        HttpResponse<String> answer = browser.post(
                "/login?_csrf%00=" + token,
                Map.of("username", "adviseur.wassenaar", "password", IvbIntegrationTest.DEMO_PASSWORD));
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(browser.get("/").headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
    }

    /** A page asked for with an address Tomcat accepts but that is no valid URI: after signing in, back to it. */
    @Test
    void afterSigningInBackToTheAskedPageEvenWhenItsAddressIsNoValidUri() throws Exception {
        KeptSession session = new KeptSession(mvc);
        session.perform(get("/gemeenten/wassenaar").with(request -> {
                    request.setQueryString("x=%zz");
                    return request;
                }))
                .andExpect(status().isFound());
        session.perform(post("/login")
                        .param("username", "adviseur.wassenaar")
                        .param("password", IvbIntegrationTest.DEMO_PASSWORD)
                        .param("_csrf", csrfToken(session)))
                .andExpect(redirectedUrl("/gemeenten/wassenaar?x=%zz"));
    }

    /** Through Tomcat's own parsing of the body: the NUL byte is gone, the emoji and accents are kept. */
    @Test
    void aNulByteInAFormIsDroppedAndEverythingElseTypedIsKept() throws Exception {
        long activity = jdbc.sql("""
                select min(a.id) from activity a join execution_plan p on p.id = a.plan_id
                join policy_framework f on f.id = p.framework_id where f.slug = 'ivb-2024-2027' and p.state = 'CONCEPT'""").query(Long.class).single();
        String original = jdbc.sql("select title from activity where id = ?")
                .param(activity)
                .query(String.class)
                .single();
        Browser browser = new Browser(port);
        try {
            assertThat(browser.signIn("adviseur.wassenaar", IvbIntegrationTest.DEMO_PASSWORD)
                            .headers()
                            .firstValue("Location"))
                    .hasValue("/");

            String edit = "/gemeenten/wassenaar/activiteiten/" + activity + "/bewerken";
            Map<String, String> fields = new LinkedHashMap<>();
            Jsoup.parse(browser.get(edit).body())
                    .select("form.app-form input[name], form.app-form textarea[name], form.app-form select[name]")
                    .forEach(field -> fields.put(
                            field.attr("name"),
                            field.tagName().equals("select")
                                    ? field.select("option[selected]").val()
                                    : field.tagName().equals("textarea") ? field.wholeText() : field.val()));
            fields.put("titel", "Aanpak van overlast\u0000 door fatbikes 🚲 in één wijk");
            HttpResponse<String> saved = browser.post(edit, fields);

            assertThat(saved.statusCode()).isEqualTo(302);
            assertThat(jdbc.sql("select title from activity where id = ?")
                            .param(activity)
                            .query(String.class)
                            .single())
                    .isEqualTo("Aanpak van overlast door fatbikes 🚲 in één wijk");
        } finally {
            jdbc.sql("update activity set title = ? where id = ?")
                    .params(original, activity)
                    .update();
        }
    }

    @Test
    void healthShowsLivenessAndReadinessAndNothingElseIsExposed() throws Exception {
        for (String probe :
                new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            RawHttp.Response response = RawHttp.get(port, probe);
            assertThat(response.status()).as(probe).isEqualTo(200);
            assertThat(response.body()).as(probe).contains("\"status\":\"UP\"").doesNotContain("jdbc");
        }
        mvc.perform(get("/actuator/env").with(as(jdbc, "beheerder"))).andExpect(status().isNotFound());
    }

    private String csrfToken(KeptSession session) throws Exception {
        return Jsoup.parse(
                        session.perform(get("/login")).andReturn().getResponse().getContentAsString())
                .select("input[name=_csrf]")
                .val();
    }
}
