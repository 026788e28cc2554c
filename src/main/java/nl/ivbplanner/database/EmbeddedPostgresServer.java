package nl.ivbplanner.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * The embedded PostgreSQL of a local run. Unlike zonky's defaults, which suit throw-away test databases, it
 * <ul>
 * <li>is durable: fsync, synchronous commits and full page writes are on, so an acknowledged save survives a power
 * failure (tests may switch this off for speed);</li>
 * <li>asks every connection for a password (scram-sha-256): a secret generated on the first start and kept in the
 * data directory ({@value DatabaseSecret#FILE_NAME}); a data directory made before, which trusted every local connection, is
 * switched over on its next start;</li>
 * <li>listens on 127.0.0.1 only, on one port for its whole life, and opens no Unix socket;</li>
 * <li>is started again, on the same data directory, port and secret, when a watchdog finds its postmaster gone
 * (kill -9, out-of-memory killer). Meanwhile the application answers 503.</li>
 * </ul>
 */
public final class EmbeddedPostgresServer implements Closeable {

    static final String USER = "postgres";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Duration FIRST_START_WAIT = Duration.ofSeconds(60);
    /** Crash recovery replays the write-ahead log, which on a large database takes a while. */
    private static final Duration RESTART_WAIT = Duration.ofMinutes(10);

    private final Path dataDirectory;
    private final boolean throwAway;
    private final boolean durable;
    private final int port;
    private final String secret;
    private final ScheduledExecutorService watchdog;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile EmbeddedPostgres postgres;
    private volatile ProcessHandle postmaster;
    /** The postmaster's server processes as last seen alive: a restart waits until they are gone. */
    private volatile List<ProcessHandle> backends = List.of();

    private volatile boolean gaveUp;

    private EmbeddedPostgresServer(Path dataDirectory, boolean throwAway, boolean durable, int port, String secret) {
        this.dataDirectory = dataDirectory;
        this.throwAway = throwAway;
        this.durable = durable;
        this.port = port;
        this.secret = secret;
        this.watchdog = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "embedded-postgres-watchdog");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Starts PostgreSQL on the data directory (a new throw-away one when null), on the port (a free one when 0), and
     * watches it every {@code watchInterval}.
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port, boolean durable, Duration watchInterval)
            throws IOException {
        boolean throwAway = dataDirectory == null;
        Path directory = throwAway
                ? Files.createTempDirectory("ivb-pg")
                : dataDirectory.toAbsolutePath().normalize();
        Files.createDirectories(directory);
        boolean fresh = !Files.exists(directory.resolve("postgresql.conf"));
        Path secretFile = directory.resolve(DatabaseSecret.FILE_NAME);
        boolean trusting = !fresh && !Files.exists(secretFile);
        String secret = fresh || trusting
                ? DatabaseSecret.generate()
                : Files.readString(secretFile).strip();
        EmbeddedPostgresServer server =
                new EmbeddedPostgresServer(directory, throwAway, durable, port == 0 ? freePort() : port, secret);
        if (!throwAway) {
            PostmasterProcesses.stopOrphaned(directory);
        }
        if (trusting) {
            // written before anything is switched over, so a crash halfway leaves a directory the next start completes
            DatabaseSecret.write(secretFile, secret);
        }
        server.startPostgres(fresh, FIRST_START_WAIT);
        if (fresh) {
            DatabaseSecret.write(secretFile, secret);
        }
        server.requirePasswords();
        server.watchdog.scheduleWithFixedDelay(
                server::startAgainIfGone, watchInterval.toMillis(), watchInterval.toMillis(), TimeUnit.MILLISECONDS);
        log.info(
                "Embedded PostgreSQL on 127.0.0.1:{} with {} data directory {} ({})",
                server.port,
                throwAway ? "a throw-away" : "the",
                directory,
                durable ? "durable" : "fsync off: for tests only");
        return server;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    public String username() {
        return USER;
    }

    public String password() {
        return secret;
    }

    public int port() {
        return port;
    }

    /** The data directory, absolute: a backup copies it, a restore replaces it. */
    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Whether the data directory is a throw-away one (tests), deleted when the server closes. */
    public boolean isThrowAway() {
        return throwAway;
    }

    /** The process id of the running postmaster (it changes when the watchdog starts PostgreSQL again). */
    public long postmasterPid() {
        return postmaster.pid();
    }

    private void startPostgres(boolean initialise, Duration wait) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setPGStartupWait(wait)
                .setConnectConfig("password", secret)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("unix_socket_directories", "")
                // zonky passes -F (fsync off) and synchronous_commit=off; a -c after -F wins
                .setServerConfig("fsync", durable ? "on" : "off")
                .setServerConfig("synchronous_commit", durable ? "on" : "off")
                .setServerConfig("full_page_writes", durable ? "on" : "off");
        Path passwordFile = null;
        if (initialise) {
            // initdb's own -A trust is overridden by the later --auth; the superuser gets the secret from the file
            passwordFile = Files.createTempFile(
                    "ivb-pg-secret",
                    ".txt",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(passwordFile, secret);
            builder.setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", passwordFile.toString());
        }
        try {
            postgres = builder.start();
        } finally {
            if (passwordFile != null) {
                Files.deleteIfExists(passwordFile);
            }
        }
        long pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid"))
                .get(0)
                .strip());
        // the handle, not the pid, is watched: it knows the process's start time, so a reused pid is not mistaken for
        // it
        postmaster = ProcessHandle.of(pid)
                .orElseThrow(() -> new IOException("PostgreSQL (pid " + pid + ") stopped at once"));
    }

    /** A data directory from before passwords (trust for every local connection) gets the secret and pg_hba.conf. */
    private void requirePasswords() throws IOException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            var trusting = statement.executeQuery("select count(*) from pg_hba_file_rules where auth_method = 'trust'");
            trusting.next();
            if (trusting.getLong(1) == 0) {
                return;
            }
            log.warn(
                    "Data directory {} trusted every local connection: switching it to password authentication",
                    dataDirectory);
            statement.execute("set password_encryption = 'scram-sha-256'");
            statement.execute("alter role " + USER + " password '" + secret + "'");
            Files.writeString(dataDirectory.resolve("pg_hba.conf"), DatabaseSecret.PASSWORD_ONLY_HBA);
            statement.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            throw new IOException("Could not switch the embedded PostgreSQL to password authentication", e);
        }
    }

    /**
     * The watchdog's round: while the postmaster lives, remember its server processes; once it is gone, wait until
     * they have exited (they hold its shared memory) and start PostgreSQL again, which replays its log. One start
     * with a long wait: zonky keeps the data directory's lock after a failed start, so a second one in this JVM
     * could not succeed; then the application must be restarted, and the log says so.
     */
    private void startAgainIfGone() {
        try {
            if (closed.get() || gaveUp) {
                return;
            }
            if (postmaster.isAlive()) {
                backends = postmaster.descendants().toList();
                return;
            }
            log.error(
                    "The embedded PostgreSQL (pid {}) has stopped; starting it again on {}",
                    postmaster.pid(),
                    dataDirectory);
            closeQuietly();
            PostmasterProcesses.awaitExit(backends);
            startPostgres(false, RESTART_WAIT);
            if (closed.get()) {
                closeQuietly();
                return;
            }
            log.warn("The embedded PostgreSQL runs again (pid {}) after crash recovery", postmaster.pid());
        } catch (IOException | RuntimeException e) {
            gaveUp = true;
            log.error("Could not start the embedded PostgreSQL again in {}; restart the application", dataDirectory, e);
        } catch (Error e) {
            // an Error would silently cancel the schedule: say so before it does
            log.error("The embedded PostgreSQL's watchdog stops", e);
            throw e;
        }
    }

    private void closeQuietly() {
        try {
            postgres.close();
        } catch (IOException | RuntimeException e) {
            log.debug("Closing the stopped PostgreSQL: {}", e.toString());
        }
    }

    @Override
    public void close() throws IOException {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        watchdog.shutdownNow();
        try {
            // a restart under way finishes first, so the server it starts is the one closed here
            watchdog.awaitTermination(RESTART_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        postgres.close();
        if (throwAway) {
            FileSystemUtils.deleteRecursively(dataDirectory);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
