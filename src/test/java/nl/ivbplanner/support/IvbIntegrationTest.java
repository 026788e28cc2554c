package nl.ivbplanner.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The one place that chooses the test database: a Testcontainers PostgreSQL where a Docker engine answers,
 * otherwise the application's embedded PostgreSQL with a throw-away data directory, fsync off for speed. All migrations (schema and
 * seeds) are applied; demo accounts exist. Every test class with this annotation shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "app.embedded-postgres.data-dir=",
            "app.embedded-postgres.durable=false",
            "ivb.backup.cron=-",
            "ivb.backup.catch-up=false",
            "ivb.reminders.cron=-",
            "ivb.mail.delivery-cron=-",
            "ivb.demo-accounts.enabled=true",
            "ivb.demo-accounts.password=" + IvbIntegrationTest.DEMO_PASSWORD
        })
@AutoConfigureMockMvc
@Import({TestcontainersConfiguration.class, SqlStatementCounter.class})
public @interface IvbIntegrationTest {

    String DEMO_PASSWORD = "test-wachtwoord";
}
