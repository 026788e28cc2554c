package nl.ivbplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Static files get their content hash in their links and may be kept a year; only links to static files are looked
 * up as files, so the plan's many links to its own pages cost no class-path lookups.
 */
@IvbIntegrationTest
class StaticResourcesTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    ResourceUrlProvider resourceUrls;

    @Test
    void pagesLinkStaticFilesByTheirContentHash() throws Exception {
        var page = Jsoup.parse(get("/login", List.of()).body());
        List<String> links = page.select("link[rel=stylesheet], link[rel=icon], script[src]").stream()
                .map(e -> e.hasAttr("src") ? e.attr("src") : e.attr("href"))
                .toList();
        assertThat(links)
                .contains("/css/app-" + md5("/css/app.css") + ".css")
                .anyMatch(link -> link.matches("/vendor/nl-design-system/voorbeeld-theme-[0-9a-f]{32}\\.css"))
                .anyMatch(link -> link.matches("/webjars/htmx\\.org/[0-9.]+/dist/htmx\\.min-[0-9a-f]{32}\\.js"))
                .anyMatch(link -> link.matches("/favicon-[0-9a-f]{32}\\.ico"))
                .allMatch(link -> link.matches(".*-[0-9a-f]{32}\\.(css|js|ico)"));
        for (String link : links) {
            HttpResponse<String> file = get(link, List.of());
            assertThat(file.statusCode()).as(link).isEqualTo(200);
            assertThat(file.headers().firstValue("Cache-Control")).as(link).hasValue("max-age=31536000, public");
        }
    }

    @Test
    void aStaticFileAnswersARevalidationWithItsEtagWith304() throws Exception {
        HttpResponse<String> first = get("/css/app.css", List.of());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).isEqualTo("W/\"" + md5("/css/app.css") + "\"");
        HttpResponse<String> again = get("/css/app.css", List.of("If-None-Match", etag));
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(get("/css/app.css", List.of("If-None-Match", "W/\"0123\"")).statusCode())
                .isEqualTo(200);
    }

    @Test
    void onlyLinksBelowTheStaticFoldersAreLookedUpAsFiles() {
        // and springdoc's Swagger UI (/api/docs), its files from its own webjar
        assertThat(resourceUrls.getHandlerMap().keySet())
                .containsExactlyInAnyOrder(
                        "/css/**",
                        "/vendor/**",
                        "/*.ico",
                        "/webjars/**",
                        "/api/swagger-ui/**",
                        "/api/swagger-ui/*index.html",
                        "/api/swagger-ui/*swagger-initializer.js");
        assertThat(resourceUrls.getForLookupPath("/gemeenten/rijswijk/kaders/x/plannen/2026"))
                .isNull();
        assertThat(resourceUrls.getForLookupPath("/css/app.css")).matches("/css/app-[0-9a-f]{32}\\.css");
    }

    @Test
    void staticFilesNeedNoSignIn() throws Exception {
        assertThat(get("/favicon.ico", List.of()).statusCode()).isEqualTo(200);
        String favicon = Jsoup.parse(get("/login", List.of()).body())
                .selectFirst("link[rel=icon]")
                .attr("href");
        assertThat(get(favicon, List.of()).statusCode()).isEqualTo(200);
        assertThat(get("/gemeenten", List.of()).statusCode()).isEqualTo(302);
    }

    private String md5(String path) throws Exception {
        byte[] bytes = new org.springframework.core.io.ClassPathResource("static" + path).getContentAsByteArray();
        return org.springframework.util.DigestUtils.md5DigestAsHex(bytes);
    }

    private HttpResponse<String> get(String path, List<String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        for (int i = 0; i < headers.size(); i += 2) {
            request.header(headers.get(i), headers.get(i + 1));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
