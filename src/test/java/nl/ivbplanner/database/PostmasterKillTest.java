package nl.ivbplanner.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import nl.ivbplanner.support.Browser;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * kill -9 of the embedded postmaster under the running application: the watchdog starts PostgreSQL again on the same
 * data directory, port and secret, and the application carries on by itself; meanwhile a page is 200 or 503, never
 * 500 or a hang. Waits until the database answers again, so the classes after it find it running.
 */
@IvbIntegrationTest
class PostmasterKillTest {

    private static final String PAGE = "/gemeenten/wassenaar";

    @LocalServerPort
    int port;

    @Autowired
    ObjectProvider<EmbeddedPostgresServer> embedded;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theApplicationRecoversByItselfAfterKillMinusNineOfThePostmaster() throws Exception {
        EmbeddedPostgresServer postgres = embedded.getIfAvailable();
        assumeTrue(postgres != null, "runs on the embedded PostgreSQL, not on a Testcontainers one");
        Browser browser = new Browser(port);
        assertThat(browser.signIn("adviseur.wassenaar", IvbIntegrationTest.DEMO_PASSWORD)
                        .headers()
                        .firstValue("Location"))
                .hasValue("/");
        assertThat(browser.get(PAGE).statusCode()).isEqualTo(200);
        // The test database commits without waiting for the disk (durable=false), so a kill -9 can take the last
        // commits with it, the signed-in session among them; production commits wait for the disk. A checkpoint makes
        // what was committed here as safe as it is there.
        jdbc.sql("checkpoint").update();

        long killed = postgres.postmasterPid();
        ProcessHandle postmaster = ProcessHandle.of(killed).orElseThrow();
        assertThat(postmaster.destroyForcibly()).isTrue();
        postmaster.onExit().get();

        Map<Integer, Integer> answers = new TreeMap<>();
        Instant deadline = Instant.now().plusSeconds(30);
        int status;
        do {
            status = browser.get(PAGE).statusCode();
            answers.merge(status, 1, Integer::sum);
        } while ((status != 200 || postgres.postmasterPid() == killed)
                && Instant.now().isBefore(deadline));
        assertThat(postgres.postmasterPid()).isNotEqualTo(killed);
        assertThat(status).isEqualTo(200);
        assertThat(answers.keySet())
                .as("answers while PostgreSQL was down and starting: " + answers)
                .isSubsetOf(200, 503);
        assertThat(new Browser(port)
                        .signIn("manager.wassenaar", IvbIntegrationTest.DEMO_PASSWORD)
                        .headers()
                        .firstValue("Location"))
                .hasValue("/");
        assertThat(browser.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
    }
}
