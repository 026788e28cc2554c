package nl.ivbplanner.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The embedded PostgreSQL of a local run: durable, closed to anyone without its secret, back after a kill -9. */
class EmbeddedPostgresServerTest {

    @TempDir
    Path dataDir;

    @Test
    void isDurableListensOnLoopbackOnlyAndAsksEveryoneForTheSecret() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir, 0, true, Duration.ofSeconds(1))) {
            JdbcClient jdbc = client(server);
            assertThat(List.of(
                                    "fsync",
                                    "synchronous_commit",
                                    "full_page_writes",
                                    "listen_addresses",
                                    "unix_socket_directories")
                            .stream()
                            .map(setting -> jdbc.sql("show " + setting)
                                    .query(String.class)
                                    .single()))
                    .containsExactly("on", "on", "on", "127.0.0.1", "");
            assertThat(jdbc.sql("select count(*) from pg_hba_file_rules where auth_method <> 'scram-sha-256'")
                            .query(Long.class)
                            .single())
                    .isZero();
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", "raden")
                            .close())
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("password authentication failed");

            Path secret = dataDir.resolve(DatabaseSecret.FILE_NAME);
            assertThat(secret).content().isEqualToIgnoringNewLines(server.password());
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret)))
                    .isEqualTo("rw-------");
        }
    }

    @Test
    void aDataDirectoryThatTrustedEveryLocalConnectionGetsAPassword() throws Exception {
        try (EmbeddedPostgres trusting = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .start()) {
            JdbcClient.create(trusting.getPostgresDatabase())
                    .sql("create table kept (what text)")
                    .update();
            JdbcClient.create(trusting.getPostgresDatabase())
                    .sql("insert into kept values ('van voor de wachtwoorden')")
                    .update();
        }
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir, 0, true, Duration.ofSeconds(1))) {
            assertThat(client(server)
                            .sql("select what from kept")
                            .query(String.class)
                            .single())
                    .isEqualTo("van voor de wachtwoorden");
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", "")
                            .close())
                    .isInstanceOf(SQLException.class);
        }
        try (EmbeddedPostgresServer again = EmbeddedPostgresServer.start(dataDir, 0, true, Duration.ofSeconds(1))) {
            assertThat(client(again)
                            .sql("select count(*) from kept")
                            .query(Long.class)
                            .single())
                    .isOne();
        }
    }

    /** kill -9 of the postmaster: the watchdog starts it again on the same port with the same secret; nothing is lost. */
    @Test
    void comesBackAfterItsPostmasterIsKilled() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir, 0, true, Duration.ofMillis(200))) {
            JdbcClient jdbc = client(server);
            jdbc.sql("create table saved (what text)").update();
            jdbc.sql("insert into saved values ('bevestigd voor de crash')").update();
            long killed = server.postmasterPid();
            ProcessHandle postmaster = ProcessHandle.of(killed).orElseThrow();
            assertThat(postmaster.destroyForcibly()).isTrue();
            postmaster.onExit().get(10, TimeUnit.SECONDS);

            Instant deadline = Instant.now().plusSeconds(30);
            while ((server.postmasterPid() == killed || !answers(server))
                    && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
            }
            assertThat(server.postmasterPid()).isNotEqualTo(killed);
            assertThat(jdbc.sql("select what from saved").query(String.class).single())
                    .isEqualTo("bevestigd voor de crash");
        }
    }

    private static boolean answers(EmbeddedPostgresServer server) {
        try (Connection connection =
                DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password())) {
            return connection.isValid(1);
        } catch (SQLException stillDown) {
            return false;
        }
    }

    private static JdbcClient client(EmbeddedPostgresServer server) {
        return JdbcClient.create(new DriverManagerDataSource(server.jdbcUrl(), server.username(), server.password()));
    }
}
