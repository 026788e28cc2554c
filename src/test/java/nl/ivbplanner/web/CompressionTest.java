package nl.ivbplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A client that asks for gzip gets large pages, style sheets and CSV compressed; one that does not, gets them plain.
 * PDFs and spreadsheets are compressed formats: sent as they are.
 */
@IvbIntegrationTest
class CompressionTest {

    // a live page: a published version is sent as stored, with a strong ETag over its bytes, which Tomcat never
    // compresses
    private static final String PUBLISHED_REPORT = "/openbaar/wassenaar/kaders/ivb-2024-2027";

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void aLargePageComesGzippedWhenAskedAndPlainOtherwise() throws Exception {
        HttpResponse<byte[]> plain = get(PUBLISHED_REPORT, null, null);
        HttpResponse<byte[]> gzipped = get(PUBLISHED_REPORT, "gzip", null);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gzipped.headers().allValues("Vary").toString()).containsIgnoringCase("accept-encoding");
        String unpacked = gunzip(gzipped.body());
        assertThat(unpacked).contains("</html>");
        assertThat(unpacked.length()).isEqualTo(new String(plain.body(), StandardCharsets.UTF_8).length());
        assertThat(gzipped.body().length).isLessThan(plain.body().length / 3);
    }

    @Test
    void aPublishedVersionComesGzippedWhenAskedWithAnEtagOfItsOwnAndRevalidatesWith304() throws Exception {
        String path = "/openbaar/wassenaar/kaders/ivb-2024-2027/plannen/2025";
        HttpResponse<byte[]> plain = get(path, null, null);
        HttpResponse<byte[]> gzipped = get(path, "gzip, deflate, br", null);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gzipped.headers().allValues("Vary").toString()).containsIgnoringCase("accept-encoding");
        assertThat(gunzip(gzipped.body())).isEqualTo(new String(plain.body(), StandardCharsets.UTF_8));
        assertThat(gzipped.body().length).isLessThan(plain.body().length / 3);
        // a strong ETag names one representation: the compressed one has its own
        String etag = gzipped.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).isNotEqualTo(plain.headers().firstValue("ETag").orElseThrow());
        assertThat(get(path, "gzip", etag).statusCode()).isEqualTo(304);
        // a PDF is compressed inside already: sent as it is
        assertThat(get(path + ".pdf", "gzip", null).headers().firstValue("Content-Encoding"))
                .isEmpty();
    }

    @Test
    void aCompressedStyleSheetKeepsItsEtagAndRevalidatesWith304() throws Exception {
        String path = "/vendor/nl-design-system/utrecht-component-library.css";
        HttpResponse<byte[]> first = get(path, "gzip", null);
        assertThat(first.headers().firstValue("Content-Encoding")).hasValue("gzip");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> again = get(path, "gzip", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void aCsvExportComesGzippedAndASpreadsheetAsItIs() throws Exception {
        String plan = "/gemeenten/rijswijk/kaders/strategisch-veiligheidsbeleid-2026-2030/plannen/2026";
        HttpClient signedIn = signedIn("adviseur.rijswijk");
        HttpResponse<byte[]> csv = signedIn.send(
                HttpRequest.newBuilder(URI.create(url(plan + "/export.csv")))
                        .header("Accept-Encoding", "gzip")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gunzip(csv.body())).startsWith("\uFEFFKenmerk;Thema;").contains("Lokale aanpak huiselijk geweld");
        HttpResponse<byte[]> workbook = signedIn.send(
                HttpRequest.newBuilder(URI.create(url(plan + "/export.xlsx")))
                        .header("Accept-Encoding", "gzip")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(workbook.statusCode()).isEqualTo(200);
        assertThat(workbook.headers().firstValue("Content-Encoding")).isEmpty();
    }

    @Test
    void aSmallAnswerIsNotCompressed() throws Exception {
        HttpResponse<byte[]> favicon = get("/css/report-screen.css", "gzip", null);
        assertThat(favicon.statusCode()).isEqualTo(200);
        assertThat(favicon.headers().firstValue("Content-Encoding")).isEmpty();
    }

    /** A client with the session of a user who signed in through the sign-in form. */
    private HttpClient signedIn(String user) throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String form = client.send(
                        HttpRequest.newBuilder(URI.create(url("/login"))).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        String csrf = Jsoup.parse(form).selectFirst("input[name=_csrf]").val();
        HttpResponse<String> signIn = client.send(
                HttpRequest.newBuilder(URI.create(url("/login")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password="
                                + IvbIntegrationTest.DEMO_PASSWORD + "&_csrf=" + csrf))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
        return client;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private HttpResponse<byte[]> get(String path, String acceptEncoding, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)));
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String gunzip(byte[] bytes) throws Exception {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
