package nl.ivbplanner;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The packaged application as the Dockerfile runs it: processed ahead of time (Spring AOT, with the repositories'
 * queries generated at build time) and started with {@code -Dspring.aot.enabled=true}. Every other test runs the
 * application as Spring builds it at start, so this one pins that the ahead-of-time one behaves the same where it
 * could differ: the conditions decided at build time (embedded or external database) and the generated repositories
 * (every page an administrator and an advisor reach answers without a server error, and an edit is saved).
 */
class AheadOfTimeStartIT {

    private static final Duration START_LIMIT = Duration.ofMinutes(3);
    private static final Pattern LINK = Pattern.compile("href=\"(/[^\"#?]*)(?:\\?[^\"#]*)?\"");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @TempDir
    Path temp;

    @Test
    void startsOnItsEmbeddedDatabaseAndEveryPageAnswers() throws Exception {
        Path data = temp.resolve("pg");
        try (App app = App.start(temp, Map.of(), "--app.embedded-postgres.data-dir=" + data)) {
            assertThat(app.log()).contains("Starting AOT-processed");
            assertThat(data.resolve("PG_VERSION")).exists();

            Session admin = app.signIn("beheerder", "veilig-2026");
            List<String> failures = admin.crawl(400);
            assertThat(failures).as("pages answering 5xx to the administrator").isEmpty();
            assertThat(admin.visited).hasSizeGreaterThan(40);

            Session advisor = app.signIn("adviseur.rijswijk", "veilig-2026");
            assertThat(advisor.crawl(400))
                    .as("pages answering 5xx to an advisor")
                    .isEmpty();

            // a write through the generated repositories: a new theme's edit page round trip is too long for here, so
            // the password change (AppUserRepository, history, a new session) stands for them
            HttpResponse<String> form = advisor.get("/wachtwoord");
            HttpResponse<String> changed = advisor.post(
                    "/wachtwoord",
                    form.body(),
                    Map.of(
                            "huidig", "veilig-2026",
                            "nieuw", "Kaderbrief-Haaglanden-2027!",
                            "herhaling", "Kaderbrief-Haaglanden-2027!"));
            assertThat(changed.statusCode()).as(changed.body()).isEqualTo(302);
            assertThat(app.signIn("adviseur.rijswijk", "Kaderbrief-Haaglanden-2027!")
                            .get("/")
                            .body())
                    .contains("Rijswijk");
        }
    }

    @Test
    void usesTheConfiguredDatabaseAndStartsNoEmbeddedOneAlthoughBuiltWithout() throws Exception {
        Path unusedData = temp.resolve("embedded-data");
        try (EmbeddedPostgres standalone = EmbeddedPostgres.builder().start();
                App app = App.start(
                        temp,
                        Map.of(
                                "SPRING_DATASOURCE_URL",
                                "jdbc:postgresql://127.0.0.1:" + standalone.getPort() + "/postgres",
                                "SPRING_DATASOURCE_USERNAME",
                                "postgres",
                                "SPRING_DATASOURCE_PASSWORD",
                                "",
                                "IVB_DEMO_ACCOUNTS",
                                "false",
                                "IVB_ADMIN_USERNAME",
                                "eerste-beheerder",
                                "IVB_ADMIN_PASSWORD",
                                "Veiligheidsregio-Haaglanden-42",
                                "APP_PG_DATA",
                                unusedData.toString()))) {
            assertThat(app.log()).contains("Starting AOT-processed");
            assertThat(unusedData).doesNotExist();
            JdbcClient external = JdbcClient.create(standalone.getPostgresDatabase());
            assertThat(external.sql("select count(*) from municipality")
                            .query(Long.class)
                            .single())
                    .isEqualTo(4);

            Session admin = app.signIn("eerste-beheerder", "Veiligheidsregio-Haaglanden-42");
            HttpResponse<String> backups = admin.get("/beheer/back-ups");
            assertThat(backups.statusCode())
                    .as("the backup page without the application's own backups")
                    .isEqualTo(200);
            assertThat(admin.post("/beheer/back-ups", backups.body(), Map.of()).statusCode())
                    .isLessThan(500);
            assertThat(external.sql("select count(*) from backup_run")
                            .query(Long.class)
                            .single())
                    .as("no backup of an external database by the application")
                    .isZero();
        }
    }

    /** The packaged jar started in its own JVM, as the Dockerfile starts it. */
    private record App(Process process, int port, Path logFile) implements AutoCloseable {

        static App start(Path temp, Map<String, String> environment, String... arguments) throws Exception {
            Path jar;
            try (Stream<Path> files = Files.list(Path.of("target"))) {
                jar = files.filter(f -> f.getFileName().toString().matches("ivb-planner-.*\\.jar"))
                        .findFirst()
                        .orElseThrow(() -> new IllegalStateException("no packaged jar: run ./mvnw verify"));
            }
            int port = freePort();
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dspring.aot.enabled=true",
                    "-Xmx512m",
                    "-jar",
                    jar.toString(),
                    "--server.port=" + port,
                    "--app.embedded-postgres.port=" + freePort(),
                    "--app.embedded-postgres.durable=false",
                    "--ivb.backup.cron=-"));
            command.addAll(List.of(arguments));
            Path log = Files.createTempFile(temp, "app", ".log");
            ProcessBuilder builder =
                    new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            App app = new App(builder.start(), port, log);
            app.awaitReady();
            return app;
        }

        private void awaitReady() throws Exception {
            HttpClient client = HttpClient.newHttpClient();
            Instant deadline = Instant.now().plus(START_LIMIT);
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the application stopped:\n" + log());
                }
                try {
                    HttpResponse<String> health = client.send(
                            HttpRequest.newBuilder(uri("/actuator/health/readiness"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (health.body().contains("UP")) {
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(250);
            }
            throw new IllegalStateException("not ready within " + START_LIMIT + ":\n" + log());
        }

        URI uri(String path) {
            return URI.create("http://127.0.0.1:" + port + path);
        }

        String log() throws IOException {
            return Files.readString(logFile);
        }

        Session signIn(String username, String password) throws Exception {
            Session session = new Session(this);
            HttpResponse<String> login = session.get("/login");
            HttpResponse<String> signedIn =
                    session.post("/login", login.body(), Map.of("username", username, "password", password));
            assertThat(signedIn.headers().firstValue("Location").orElse(""))
                    .as("signed in as " + username)
                    .doesNotContain("error");
            return session;
        }

        @Override
        public void close() throws Exception {
            // SIGTERM: the application stops its embedded PostgreSQL on the way out
            process.destroy();
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /** A browser's worth of state: cookies, and the pages it has seen. */
    private static final class Session {

        private final App app;
        private final HttpClient client;
        private final Set<String> visited = new HashSet<>();

        Session(App app) {
            this.app = app;
            this.client = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
        }

        HttpResponse<String> get(String path) throws Exception {
            return client.send(HttpRequest.newBuilder(app.uri(path)).build(), HttpResponse.BodyHandlers.ofString());
        }

        /** Posts the fields with the CSRF token of the page the form came from. */
        HttpResponse<String> post(String path, String formPage, Map<String, String> fields) throws Exception {
            Matcher token = CSRF.matcher(formPage);
            assertThat(token.find())
                    .as("a CSRF token on the page before " + path)
                    .isTrue();
            StringBuilder body = new StringBuilder("_csrf=" + encode(token.group(1)));
            fields.forEach((name, value) ->
                    body.append('&').append(encode(name)).append('=').append(encode(value)));
            return client.send(
                    HttpRequest.newBuilder(app.uri(path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        /** Follows the application's links from the home page; returns the pages that answered with a 5xx. */
        List<String> crawl(int limit) throws Exception {
            List<String> failures = new ArrayList<>();
            Deque<String> queue = new ArrayDeque<>(List.of("/"));
            while (!queue.isEmpty() && visited.size() < limit) {
                String path = queue.poll();
                if (!visited.add(path)) {
                    continue;
                }
                HttpResponse<String> page = get(path);
                if (page.statusCode() >= 500) {
                    failures.add(path + " " + page.statusCode());
                }
                String type = page.headers().firstValue("Content-Type").orElse("");
                if (page.statusCode() == 200 && type.startsWith("text/html")) {
                    Matcher link = LINK.matcher(page.body());
                    while (link.find()) {
                        String next = link.group(1);
                        if (!visited.contains(next) && !next.startsWith("/static") && !next.startsWith("/webjars")) {
                            queue.add(next);
                        }
                    }
                }
            }
            return failures;
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
