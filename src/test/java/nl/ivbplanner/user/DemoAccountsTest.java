package nl.ivbplanner.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import nl.ivbplanner.IvbPlannerApplication;
import nl.ivbplanner.support.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Three local runs on one data directory, as README.md describes them: the demo accounts exist before the server
 * takes its first request, a changed IVB_DEMO_PASSWORD applies on the next start, and IVB_DEMO_ACCOUNTS=false
 * switches them off (their sign-in answers like any wrong password) while IVB_ADMIN_USERNAME still makes the first
 * real administrator.
 */
class DemoAccountsTest {

    private static final String DEMO_ACCOUNTS = "select count(*) from app_user where demo and enabled";

    @TempDir
    Path dataDir;

    @Test
    void demoAccountsFollowTheSettingsOfEachStart() throws Exception {
        AtomicLong atFirstRequest = new AtomicLong(-1);
        try (ConfigurableApplicationContext first =
                start(atFirstRequest, "--ivb.demo-accounts.password=eerste-wachtwoord")) {
            assertThat(atFirstRequest)
                    .as("demo accounts when the web server opened")
                    .hasValue(13);
            assertThat(location(first, "adviseur.wassenaar", "eerste-wachtwoord"))
                    .isEqualTo("/");
        }
        try (ConfigurableApplicationContext second =
                start(new AtomicLong(), "--ivb.demo-accounts.password=tweede-wachtwoord")) {
            assertThat(location(second, "adviseur.wassenaar", "tweede-wachtwoord"))
                    .isEqualTo("/");
            assertThat(location(second, "beheerder", "eerste-wachtwoord")).isEqualTo("/login?fout");
        }
        try (ConfigurableApplicationContext third = start(
                new AtomicLong(),
                "--ivb.demo-accounts.enabled=false",
                "--ivb.admin.username=beheer",
                "--ivb.admin.password=een-lang-wachtwoord")) {
            assertThat(third.getBean(JdbcClient.class)
                            .sql(DEMO_ACCOUNTS)
                            .query(Long.class)
                            .single())
                    .isZero();
            assertThat(location(third, "adviseur.wassenaar", "tweede-wachtwoord"))
                    .isEqualTo("/login?fout");
            assertThat(location(third, "beheerder", "tweede-wachtwoord")).isEqualTo("/login?fout");
            assertThat(location(third, "beheer", "een-lang-wachtwoord")).isEqualTo("/");
        }
    }

    /** Counts the enabled demo accounts the moment the web server is up, before any request can come in. */
    private ConfigurableApplicationContext start(AtomicLong atFirstRequest, String... settings) {
        String[] arguments = new String[settings.length + 2];
        arguments[0] = "--server.port=0";
        arguments[1] = "--app.embedded-postgres.data-dir=" + dataDir;
        System.arraycopy(settings, 0, arguments, 2, settings.length);
        return new SpringApplicationBuilder(IvbPlannerApplication.class)
                .listeners(event -> {
                    if (event instanceof WebServerInitializedEvent started) {
                        atFirstRequest.set(started.getApplicationContext()
                                .getBean(JdbcClient.class)
                                .sql(DEMO_ACCOUNTS)
                                .query(Long.class)
                                .single());
                    }
                })
                .run(arguments);
    }

    private static String location(ConfigurableApplicationContext app, String username, String password)
            throws Exception {
        int port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        return new Browser(port)
                .signIn(username, password)
                .headers()
                .firstValue("Location")
                .orElse("");
    }
}
