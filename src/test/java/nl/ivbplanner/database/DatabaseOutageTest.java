package nl.ivbplanner.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import nl.ivbplanner.IvbPlannerApplication;
import nl.ivbplanner.support.Browser;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An external PostgreSQL (SPRING_DATASOURCE_URL) goes away under a running application: meanwhile pages and the
 * sign-in say 'tijdelijk niet beschikbaar' (503) in Dutch and readiness is down, never a 500; the application uses it
 * again as soon as it is back. (The embedded one after kill -9: {@link PostmasterKillTest}.)
 */
class DatabaseOutageTest {

    private static final String PASSWORD = "storing-wachtwoord";
    private static final String PAGE = "/gemeenten/wassenaar";

    @TempDir
    Path dataDir;

    @Test
    void anExternalDatabaseThatIsDownGivesTheDutch503AndIsUsedAgainWhenItIsBack() throws Exception {
        int dbPort;
        try (ServerSocket free = new ServerSocket(0)) {
            dbPort = free.getLocalPort();
        }
        EmbeddedPostgres external = external(dbPort);
        try (ConfigurableApplicationContext app = start(
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + dbPort + "/postgres",
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=")) {
            Browser browser = new Browser(port(app));
            assertThat(browser.signIn("adviseur.wassenaar", PASSWORD).headers().firstValue("Location"))
                    .hasValue("/");
            Browser latecomer = new Browser(port(app));
            String token = Jsoup.parse(latecomer.get("/login").body())
                    .select("input[name=_csrf]")
                    .val();

            external.close();
            HttpResponse<String> down = browser.get(PAGE);
            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.body()).contains("Tijdelijk niet beschikbaar").contains("lang=\"nl\"");
            HttpResponse<String> signIn = latecomer.post(
                    "/login", Map.of("username", "manager.wassenaar", "password", PASSWORD, "_csrf", token));
            assertThat(signIn.statusCode()).isEqualTo(503);
            assertThat(signIn.body()).contains("Tijdelijk niet beschikbaar");
            assertThat(browser.get("/actuator/health/readiness").statusCode()).isEqualTo(503);
            assertThat(browser.get("/actuator/health/liveness").statusCode()).isEqualTo(200);

            external = external(dbPort);
            Instant deadline = Instant.now().plusSeconds(20);
            int status;
            do {
                status = browser.get(PAGE).statusCode();
            } while (status != 200 && Instant.now().isBefore(deadline));
            assertThat(status).isEqualTo(200);
            assertThat(browser.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        } finally {
            external.close();
        }
    }

    /** A standalone PostgreSQL on its own data directory, started again on the same one after it was stopped. */
    private EmbeddedPostgres external(int port) throws Exception {
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDir.resolve("external"))
                .setCleanDataDirectory(false)
                .setPort(port)
                .start();
    }

    private static ConfigurableApplicationContext start(String... arguments) {
        String[] all = new String[arguments.length + 3];
        all[0] = "--server.port=0";
        all[1] = "--ivb.demo-accounts.enabled=true";
        all[2] = "--ivb.demo-accounts.password=" + PASSWORD;
        System.arraycopy(arguments, 0, all, 3, arguments.length);
        return new SpringApplicationBuilder(IvbPlannerApplication.class).run(all);
    }

    private static int port(ConfigurableApplicationContext app) {
        return app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }
}
