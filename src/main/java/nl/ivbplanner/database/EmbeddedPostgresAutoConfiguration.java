package nl.ivbplanner.database;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
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
 *
 * <p>The packaged application is processed ahead of time (Spring AOT, README "Start-up and memory"), which decides
 * the conditions below when it is built, without a database URL, and does not evaluate them again at start. So the
 * beans make the same choice once more when they are made: with a URL at run time there is no server (a null bean)
 * and the connection details are the configured ones, as Boot would have made them.
 */
@AutoConfiguration(
        before = DataSourceAutoConfiguration.class,
        afterName = "org.springframework.boot.testcontainers.service.connection.ServiceConnectionAutoConfiguration")
@ConditionalOnMissingBean(JdbcConnectionDetails.class)
@Conditional(EmbeddedPostgresAutoConfiguration.EmbeddedChosen.class)
public class EmbeddedPostgresAutoConfiguration {

    /** Null when the choice made at build time no longer holds: a database URL is configured at run time. */
    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgres(Environment env) throws IOException {
        if (!embeddedChosen(env)) {
            return null;
        }
        String dataDir = env.getProperty("app.embedded-postgres.data-dir", "");
        return EmbeddedPostgresServer.start(
                StringUtils.hasText(dataDir) ? Path.of(dataDir) : null,
                env.getProperty("app.embedded-postgres.port", Integer.class, 0),
                env.getProperty("app.embedded-postgres.durable", Boolean.class, true),
                env.getProperty("app.embedded-postgres.watchdog-interval", Duration.class, Duration.ofSeconds(1)));
    }

    @Bean
    JdbcConnectionDetails embeddedPostgresConnectionDetails(
            ObjectProvider<EmbeddedPostgresServer> server, ObjectProvider<DataSourceProperties> configured) {
        EmbeddedPostgresServer pg = server.getIfAvailable();
        return pg != null ? embedded(pg) : configured(configured.getObject());
    }

    private static JdbcConnectionDetails embedded(EmbeddedPostgresServer pg) {
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

    private static JdbcConnectionDetails configured(DataSourceProperties properties) {
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return properties.determineUsername();
            }

            @Override
            public String getPassword() {
                return properties.determinePassword();
            }

            @Override
            public String getJdbcUrl() {
                return properties.determineUrl();
            }

            @Override
            public String getDriverClassName() {
                return properties.determineDriverClassName();
            }
        };
    }

    /**
     * The embedded server is the database unless it is switched off or a database is configured explicitly
     * (spring.datasource.url, e.g. production): that always wins.
     */
    static boolean embeddedChosen(Environment env) {
        return env.getProperty("app.embedded-postgres.enabled", Boolean.class, true)
                && !StringUtils.hasText(env.getProperty("spring.datasource.url"));
    }

    static class EmbeddedChosen implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return embeddedChosen(context.getEnvironment());
        }
    }
}
