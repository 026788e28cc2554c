package nl.ivbplanner.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.ivbplanner.IvbPlannerApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** './mvnw spring-boot:run' keeps its data in a directory between runs. */
class PersistentDataDirectoryTest {

    @TempDir
    Path dataDir;

    @Test
    void keepsDataBetweenTwoRuns() {
        assertThat(dataDir).isEmptyDirectory();
        try (ConfigurableApplicationContext first = start()) {
            first.getBean(JdbcClient.class)
                    .sql("update municipality set publish_publicly = false where slug = 'westland'")
                    .update();
        }
        try (ConfigurableApplicationContext second = start()) {
            assertThat(dataDir.resolve("PG_VERSION")).content().startsWith("18");
            assertThat(second.getBean(JdbcClient.class)
                            .sql("select publish_publicly from municipality where slug = 'westland'")
                            .query(Boolean.class)
                            .single())
                    .isFalse();
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(IvbPlannerApplication.class)
                .run(
                        "--server.port=0",
                        "--app.embedded-postgres.data-dir=" + dataDir,
                        "--ivb.demo-accounts.enabled=false");
    }
}
