package nl.ivbplanner.instances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.LongTaskTimer;
import io.micrometer.core.instrument.MeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import nl.ivbplanner.common.DutchTime;
import nl.ivbplanner.support.AppInstance;
import nl.ivbplanner.support.Browser;
import nl.ivbplanner.support.Given;
import nl.ivbplanner.support.IvbIntegrationTest;
import nl.ivbplanner.support.KeptSession;
import nl.ivbplanner.support.NginxProxy;
import nl.ivbplanner.support.TestMailServer;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.config.ScheduledTaskHolder;

/**
 * More than one instance (issue 20): two instances of the application on one PostgreSQL, behind a real nginx that
 * spreads the requests over them round robin, as docker-compose runs them. A user signs in on one and goes on through
 * the other (the session is in the database), saves, and keeps working while one instance is stopped: the save that
 * instance was serving is finished first (graceful shutdown), and the proxy sends the rest to the other. The reminder
 * job, started on both instances at the same moment, sends its mail once.
 *
 * <p>{@link #first} and {@link #second} are the two application contexts, for tests of what must happen once across
 * instances (a scheduled job takes its lock in table shedlock). Such tests go before the last one (order 30), which
 * stops the second instance: an order between 20 and 30.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesBehindProxyIT {

    @TempDir
    static Path nginxDirectory;

    static EmbeddedPostgres database;
    static JdbcClient jdbc;
    static AppInstance first;
    static AppInstance second;
    static NginxProxy proxy;

    /** The user's browser, through the proxy only; signed in by the first test that needs it. */
    static Browser browser;

    static long activity;

    /**
     * Both instances mail through the tests' SMTP server. The reminder job is registered as in production, but on a
     * day that comes only in leap years, at 03:00, so that the test runs it (as the scheduler would: through the bean,
     * with its lock) and the clock does not; mail delivery runs with the job.
     */
    private static final String[] REMINDERS_BY_HAND = {
        "--spring.mail.host=127.0.0.1",
        "--spring.mail.port=" + TestMailServer.port(),
        "--ivb.reminders.cron=0 0 3 29 2 *",
        "--ivb.mail.delivery-cron=-"
    };

    @BeforeAll
    static void twoInstancesOnOneDatabaseBehindNginx() throws Exception {
        // before anything starts: without nginx this test fails at once, and says why
        assertThat(NginxProxy.NGINX)
                .as(
                        "this test needs Debian's nginx at %s: apt-get install nginx (.ci/run installs it)",
                        NginxProxy.NGINX)
                .isExecutable();
        database = EmbeddedPostgres.builder().start();
        jdbc = JdbcClient.create(database.getPostgresDatabase());
        String url = "jdbc:postgresql://localhost:" + database.getPort() + "/postgres";
        // one after the other: the first migrates the database and makes the demo accounts, the second finds them
        first = AppInstance.start(url, "postgres", "", REMINDERS_BY_HAND);
        second = AppInstance.start(url, "postgres", "", REMINDERS_BY_HAND);
        proxy = NginxProxy.start(nginxDirectory, List.of(first.port(), second.port()));
        browser = new Browser(proxy.port());
        activity = jdbc.sql("""
                select a.id from activity a join execution_plan p on p.id = a.plan_id
                join policy_framework f on f.id = p.framework_id join municipality m on m.id = f.municipality_id
                where m.slug = 'wassenaar' order by a.id limit 1""").query(Long.class).single();
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (proxy != null) {
            proxy.close();
        }
        for (AppInstance instance : new AppInstance[] {second, first}) {
            if (instance != null && instance.isRunning()) {
                instance.close();
            }
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    @Order(10)
    void eachInstanceAnswersItsLivenessAndReadinessProbesAndSoDoesTheProxy() throws Exception {
        for (int port : new int[] {first.port(), second.port(), proxy.port()}) {
            Browser probe = new Browser(port);
            for (String path : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
                HttpResponse<String> answer = probe.get(path);
                assertThat(answer.statusCode()).as(port + path).isEqualTo(200);
                assertThat(answer.body()).as(port + path).contains("\"status\":\"UP\"");
            }
        }
    }

    @Test
    @Order(20)
    void aUserSignedInThroughOneInstanceWorksThroughBothAndTheirSaveIsReadOnEither() throws Exception {
        signIn();
        String page = "/gemeenten/wassenaar/activiteiten/" + activity;
        List<String> servedBy = new ArrayList<>();
        for (int read = 0; read < 4; read++) {
            HttpResponse<String> answer = browser.get(page);
            assertThat(answer.statusCode()).as("read %d, signed in", read).isEqualTo(200);
            assertThat(answer.body()).contains("Ingelogd als");
            servedBy.add(servedBy(answer));
        }
        // round robin: the four reads went to both instances
        assertThat(servedBy).containsOnly(address(first), address(second)).contains(address(first), address(second));

        HttpResponse<String> saved = comment("Via de proxy geplaatst");
        assertThat(saved.statusCode()).isEqualTo(302);
        String savedBy = servedBy(saved);
        HttpResponse<String> after = browser.get(page);
        // the next request goes to the other instance: it knows the user and shows the message the save left in the
        // session, and the comment
        assertThat(servedBy(after)).isNotEqualTo(savedBy);
        assertThat(after.body()).contains("Reactie geplaatst.").contains("Via de proxy geplaatst");

        assertThat(proxy.accessLog())
                .anyMatch(line -> line.startsWith("GET " + page + " 200 " + address(first)))
                .anyMatch(line -> line.startsWith("GET " + page + " 200 " + address(second)));
    }

    @Test
    @Order(25)
    void theReminderJobStartedOnBothInstancesAtOnceSendsOneMail() throws Exception {
        LocalDate deadline = LocalDate.now(DutchTime.ZONE).plusDays(3);
        long due = Given.in(jdbc)
                .plan("ondermijning-2025-2028", 2026)
                .adopted(LocalDate.of(2026, 2, 10))
                .activities()
                .get(0);
        jdbc.sql("update activity set deadline = ?, responsible_user_id ="
                        + " (select id from app_user where username = 'adviseur.wassenaar') where id = ?")
                .params(deadline, due)
                .update();
        TestMailServer.forgetReceived();

        Runnable onFirst = reminderJob(first);
        Runnable onSecond = reminderJob(second);
        CompletableFuture.allOf(CompletableFuture.runAsync(onFirst), CompletableFuture.runAsync(onSecond))
                .get(60, TimeUnit.SECONDS);

        assertThat(TestMailServer.received())
                .singleElement()
                .satisfies(mail -> assertThat(mail.to()).containsExactly("adviseur.wassenaar@example.org"));
        assertThat(jdbc.sql("select count(*) from shedlock where name = 'reminders' and locked_by is not null")
                        .query(Integer.class)
                        .single())
                .isOne();
        // a later run on either instance announces nothing again
        jdbc.sql("delete from shedlock where name = 'reminders'").update();
        onSecond.run();
        assertThat(TestMailServer.received()).hasSize(1);
    }

    /** The instance's reminder job as its scheduler runs it: through the bean, so with the job's lock. */
    private static Runnable reminderJob(AppInstance instance) {
        return instance.context().getBeansOfType(ScheduledTaskHolder.class).values().stream()
                .flatMap(holder -> holder.getScheduledTasks().stream())
                .map(task -> task.getTask().getRunnable())
                .filter(runnable -> runnable.toString().endsWith("ReminderJob.remind"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no scheduled reminder job"));
    }

    @Test
    @Order(30)
    void aStoppingInstanceFinishesTheSaveItIsServingAndTheOtherCarriesOnWithTheSameUser() throws Exception {
        signIn();
        String page = "/gemeenten/wassenaar/activiteiten/" + activity;
        String form = page + "/reacties/nieuw";
        String token = Jsoup.parse(browser.get(form).body())
                .select("input[name=_csrf]")
                .val();
        String body = "_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&reactie="
                + URLEncoder.encode("Geplaatst terwijl de tweede stopte", StandardCharsets.UTF_8);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        int half = bytes.length / 2;

        // Straight to the second instance, not through nginx (which would take the whole body before passing it on):
        // the headers and half the form. The application is now serving this request, waiting for the rest.
        try (Socket socket = new Socket("127.0.0.1", second.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + form + " HTTP/1.1\r\n"
                            + "Host: 127.0.0.1:" + second.port() + "\r\n"
                            + "Cookie: " + KeptSession.COOKIE + "=" + browser.cookie(KeptSession.COOKIE) + "\r\n"
                            + "Content-Type: application/x-www-form-urlencoded\r\n"
                            + "Content-Length: " + bytes.length + "\r\n"
                            + "Connection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(bytes, 0, half);
            out.flush();
            awaitRequestInProgress(second);

            // the second instance is stopped: it takes no new connections at once, but waits for the request it serves
            CompletableFuture<Void> stopping = CompletableFuture.runAsync(second::close);
            awaitRefusingConnections(second.port());
            assertThat(stopping)
                    .as("the stop waits for the request in progress")
                    .isNotDone();

            // meanwhile the user goes on through the proxy, served by the first instance
            HttpResponse<String> meanwhile = browser.get(page);
            assertThat(meanwhile.statusCode()).isEqualTo(200);
            assertThat(servedBy(meanwhile)).endsWith(address(first));

            out.write(bytes, half, bytes.length - half);
            out.flush();
            String statusLine = new BufferedReader(
                            new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            assertThat(statusLine).as("the save in progress is finished").startsWith("HTTP/1.1 302");
            stopping.get(30, TimeUnit.SECONDS);
        }
        assertThat(second.isRunning()).isFalse();
        assertThat(jdbc.sql("select count(*) from activity_comment where body = 'Geplaatst terwijl de tweede stopte'")
                        .query(Long.class)
                        .single())
                .isOne();

        // the same signed-in user keeps working through the proxy: every request now ends at the first instance
        for (int read = 0; read < 4; read++) {
            HttpResponse<String> answer = browser.get(page);
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(servedBy(answer)).endsWith(address(first));
            // the message the second instance left in the session before it stopped, on the next page only
            if (read == 0) {
                assertThat(answer.body()).contains("Reactie geplaatst.");
            }
            assertThat(answer.body()).contains("Geplaatst terwijl de tweede stopte");
        }
        HttpResponse<String> saved = comment("Na het stoppen geplaatst");
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(servedBy(saved)).endsWith(address(first));
        assertThat(browser.get(page).body()).contains("Na het stoppen geplaatst");
        assertThatThrownBy(() -> new Socket("127.0.0.1", second.port()).close()).isInstanceOf(ConnectException.class);
    }

    private static void signIn() throws Exception {
        if (browser.cookie(KeptSession.COOKIE) != null && browser.get("/").statusCode() == 200) {
            return;
        }
        HttpResponse<String> signedIn = browser.signIn("adviseur.wassenaar", IvbIntegrationTest.DEMO_PASSWORD);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValue("/");
    }

    private static HttpResponse<String> comment(String text) throws Exception {
        String form = "/gemeenten/wassenaar/activiteiten/" + activity + "/reacties/nieuw";
        String token = Jsoup.parse(browser.get(form).body())
                .select("input[name=_csrf]")
                .val();
        return browser.post(form, Map.of("_csrf", token, "reactie", text));
    }

    private static String servedBy(HttpResponse<String> answer) {
        return answer.headers().firstValue(NginxProxy.SERVED_BY).orElseThrow();
    }

    private static String address(AppInstance instance) {
        return "127.0.0.1:" + instance.port();
    }

    /** The instance's own count of requests it is serving (Micrometer's http.server.requests.active). */
    private static void awaitRequestInProgress(AppInstance instance) throws InterruptedException {
        MeterRegistry meters = instance.context().getBean(MeterRegistry.class);
        Instant until = Instant.now().plus(Duration.ofSeconds(15));
        while (Instant.now().isBefore(until)) {
            // one timer per method and outcome
            int active = meters.find("http.server.requests.active").longTaskTimers().stream()
                    .mapToInt(LongTaskTimer::activeTasks)
                    .sum();
            if (active > 0) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the request did not reach the application within 15 s");
    }

    private static void awaitRefusingConnections(int port) throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(15));
        while (Instant.now().isBefore(until)) {
            try (Socket probe = new Socket("127.0.0.1", port)) {
                Thread.sleep(20);
            } catch (IOException refused) {
                return;
            }
        }
        throw new AssertionError("the stopping instance still takes connections after 15 s");
    }
}
