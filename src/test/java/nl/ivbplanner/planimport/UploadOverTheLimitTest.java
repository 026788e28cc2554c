package nl.ivbplanner.planimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Uploads through the real server and its container's limits, as a browser sends them: a file just over the import's
 * 20 MB comes back to the form with the Dutch message next to the field; one over the 100 MB the container takes gets
 * the Dutch 413 page, not a dropped connection or a 500; nothing is kept.
 */
@IvbIntegrationTest
class UploadOverTheLimitTest {

    private static final String IMPORT = "/gemeenten/wassenaar/kaders/ivb-2024-2027/plannen/2026/import";
    private static final String MESSAGE = "Het bestand is groter dan 20 MB.";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    @Test
    void aFileOverTheImportsLimitAndOneOverTheContainersComeBackWithTheMessage() throws Exception {
        long before =
                jdbc.sql("select count(*) from plan_import").query(Long.class).single();
        signIn();

        HttpResponse<String> small = upload(new byte[1000]);
        System.out.println(
                "DEBUGSMALL " + small.statusCode() + " " + small.body().contains("bestand-fout"));
        HttpResponse<String> overTheImportsLimit = upload(new byte[21 * 1024 * 1024]);
        assertThat(overTheImportsLimit.statusCode()).isEqualTo(200);
        assertThat(overTheImportsLimit.body()).contains("id=\"bestand-fout\">" + MESSAGE);

        HttpResponse<String> overTheContainersLimit = upload(new byte[102 * 1024 * 1024]);
        assertThat(overTheContainersLimit.statusCode()).isEqualTo(413);
        assertThat(overTheContainersLimit.body()).contains("Het bestand is groter dan 100 MB");
        assertThat(jdbc.sql("select count(*) from plan_import")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    private void signIn() throws Exception {
        String token = csrf(get("/login"), "name=\"_csrf\" value=\"([^\"]+)\"");
        String form = "username=adviseur.wassenaar&password="
                + URLEncoder.encode(IvbIntegrationTest.DEMO_PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + token;
        http.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> upload(byte[] file) throws Exception {
        String token = csrf(
                get(IMPORT),
                "enctype=\"multipart/form-data\"[^>]*><input type=\"hidden\" name=\"_csrf\" value=\"([^\"]+)\"");
        String boundary = "----ivb" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"bestand\"; filename=\"groot.xlsx\"\r\n"
                                + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(
                HttpRequest.newBuilder(uri(IMPORT))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private static String csrf(String page, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(page);
        assertThat(matcher.find()).as("the page has %s", pattern).isTrue();
        return matcher.group(1);
    }

    private URI uri(String pathOrUrl) {
        return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : "http://localhost:" + port + pathOrUrl);
    }
}
