package nl.ivbplanner.database;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Runs a real PostgreSQL from zonky's binaries when no database is configured, so that
 * {@code ./mvnw spring-boot:run} needs nothing but a JDK. It provides {@link JdbcConnectionDetails}
 * rather than a DataSource so Boot still builds the pool and Flyway shares it; as an auto-configuration
 * ordered after the service connections it backs off for a Testcontainers {@code @ServiceConnection}. How the server
 * is run (durable, password, restarted when it dies): {@link EmbeddedPostgresServer}.
 */
@AutoConfiguration(
        before = DataSourceAutoConfiguration.class,
        afterName = "org.springframework.boot.testcontainers.service.connection.ServiceConnectionAutoConfiguration")
@ConditionalOnProperty(name = "app.embedded-postgres.enabled", havingValue = "true", matchIfMissing = true)
@ConditionalOnMissingBean(JdbcConnectionDetails.class)
@Conditional(EmbeddedPostgresAutoConfiguration.NoDatasourceUrl.class)
public class EmbeddedPostgresAutoConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgres(Environment env) throws IOException {
        String dataDir = env.getProperty("app.embedded-postgres.data-dir", "");
        return EmbeddedPostgresServer.start(
                StringUtils.hasText(dataDir) ? Path.of(dataDir) : null,
                env.getProperty("app.embedded-postgres.port", Integer.class, 0),
                env.getProperty("app.embedded-postgres.durable", Boolean.class, true),
                env.getProperty("app.embedded-postgres.watchdog-interval", Duration.class, Duration.ofSeconds(1)));
    }

    @Bean
    JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedPostgresServer pg) {
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return pg.username();
            }

            @Override
            public String getPassword() {
                return pg.password();
            }

            @Override
            public String getJdbcUrl() {
                return pg.jdbcUrl();
            }
        };
    }

    /** An explicitly configured database (spring.datasource.url, e.g. production) always wins. */
    static class NoDatasourceUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
