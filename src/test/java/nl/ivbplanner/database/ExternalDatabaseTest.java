package nl.ivbplanner.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.ivbplanner.IvbPlannerApplication;
import nl.ivbplanner.backup.BackupService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The production path (docker-compose): SPRING_DATASOURCE_URL points at a standalone PostgreSQL. Then the
 * embedded PostgreSQL must not start and Flyway must migrate the external database.
 */
class ExternalDatabaseTest {

    @TempDir
    Path tempDir;

    @Test
    void migratesTheDatabaseNamedBySpringDatasourceUrlAndStartsNoEmbeddedOne() throws Exception {
        Path unusedDataDir = tempDir.resolve("embedded-data");
        try (EmbeddedPostgres standalone = EmbeddedPostgres.builder().start()) {
            String url = "jdbc:postgresql://localhost:" + standalone.getPort() + "/postgres";
            StandardEnvironment environment = new StandardEnvironment();
            environment
                    .getPropertySources()
                    .replace(
                            StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                            new SystemEnvironmentPropertySource(
                                    StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                                    Map.of(
                                            "SPRING_DATASOURCE_URL", url,
                                            "SPRING_DATASOURCE_USERNAME", "postgres",
                                            "SPRING_DATASOURCE_PASSWORD", "",
                                            "IVB_DEMO_ACCOUNTS", "false",
                                            "APP_PG_DATA", unusedDataDir.toString())));

            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(IvbPlannerApplication.class)
                    .environment(environment)
                    .properties("server.port=0")
                    .run()) {
                assertThat(app.getBeanProvider(EmbeddedPostgresServer.class).getIfAvailable())
                        .isNull();
                assertThat(Files.exists(unusedDataDir)).isFalse();
                // an external database is backed up by docker-compose's backup service, not by the application
                assertThat(app.getBeanProvider(BackupService.class).getIfAvailable())
                        .isNull();
            }

            JdbcClient external = JdbcClient.create(standalone.getPostgresDatabase());
            assertThat(external.sql("select count(*) from flyway_schema_history where success")
                            .query(Long.class)
                            .single())
                    .isGreaterThanOrEqualTo(2);
            assertThat(external.sql("select count(*) from municipality")
                            .query(Long.class)
                            .single())
                    .isEqualTo(4);
            assertThat(external.sql("select count(*) from app_user")
                            .query(Long.class)
                            .single())
                    .as("no demo accounts when they are switched off")
                    .isZero();
        }
    }
}
