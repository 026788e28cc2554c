package nl.ivbplanner.backup;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.zip.Deflater;
import java.util.zip.ZipOutputStream;
import nl.ivbplanner.database.EmbeddedPostgresServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backs up the embedded PostgreSQL while it runs: a physical base backup with PostgreSQL's low-level API into one zip
 * in the backup directory. The zonky binaries have no pg_dump, and a pg_dump of another major version refuses the
 * server; a base backup needs only the server itself, and its restore is PostgreSQL's own recovery. Every attempt is
 * recorded after it ends; a failure is logged with its cause and recorded, never swallowed.
 */
public class BackupService {

    private static final Logger log = LoggerFactory.getLogger(BackupService.class);
    private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY_FILE =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

    private final EmbeddedPostgresServer server;
    private final BackupRuns runs;
    private final Clock clock;
    private final BackupDirectory directory;
    /** One backup at a time: a second press waits for the first rather than copying the same files twice at once. */
    private final ReentrantLock running = new ReentrantLock();

    BackupService(
            EmbeddedPostgresServer server,
            BackupRuns runs,
            Clock clock,
            Path directory,
            boolean temporaryDirectory,
            int keepDays) {
        this.server = server;
        this.runs = runs;
        this.clock = clock;
        this.directory = new BackupDirectory(directory, temporaryDirectory, Duration.ofDays(keepDays), clock);
    }

    public Path directory() {
        return directory.path();
    }

    public Duration keep() {
        return directory.keep();
    }

    /**
     * Makes a backup now and records the attempt: the zip's name and size, or the failure's message. Backups older
     * than the keeping period are removed after a success only, so a run of failures never leaves no backup at all.
     */
    public BackupRun backUp(String startedBy) {
        running.lock();
        try {
            OffsetDateTime started = OffsetDateTime.now(clock);
            BackupRun run;
            try {
                Path file = makeBackup(started);
                run = new BackupRun(
                        started,
                        OffsetDateTime.now(clock),
                        file.getFileName().toString(),
                        Files.size(file),
                        null,
                        startedBy);
                log.info(
                        "Backup {} made ({} bytes, {} ms), started by {}",
                        file,
                        run.sizeBytes(),
                        Duration.between(started, run.finishedAt()).toMillis(),
                        startedBy);
            } catch (IOException | SQLException | RuntimeException e) {
                log.error("Backup into {} failed (started by {})", directory.path(), startedBy, e);
                run = new BackupRun(started, OffsetDateTime.now(clock), null, null, describe(e), startedBy);
            }
            try {
                runs.record(run);
            } catch (RuntimeException e) {
                // the database may be the very thing that failed; the log above already tells what happened
                log.error("Could not record the backup attempt {}", run, e);
            }
            if (run.succeeded()) {
                directory.removeOld();
            }
            return run;
        } finally {
            running.unlock();
        }
    }

    /** The backups in the directory, newest first. */
    List<BackupDirectory.BackupFile> kept() {
        return directory.kept();
    }

    private Path makeBackup(OffsetDateTime started) throws IOException, SQLException {
        Path target = directory.newBackup(started);
        Path partial = BackupDirectory.partial(target);
        Path dataDirectory = server.dataDirectory();
        // a connection of its own, outside the pool: a non-exclusive backup belongs to its session, and closing the
        // session aborts a backup that could not be stopped
        try (Connection connection =
                        DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
                ZipOutputStream zip = new ZipOutputStream(
                        new BufferedOutputStream(Files.newOutputStream(Files.createFile(partial, OWNER_ONLY_FILE))))) {
            // relation files compress well already at the fastest level; the nightly run should not hog a core
            zip.setLevel(Deflater.BEST_SPEED);
            try (Statement reserve = connection.createStatement()) {
                // a temporary slot keeps the WAL from here on, so that a checkpoint during a long copy cannot recycle
                // a segment the backup needs; it goes with the session
                reserve.executeQuery("""
                                select pg_create_physical_replication_slot('ivb_backup_' || pg_backend_pid(),
                                                                           immediately_reserve => true,
                                                                           temporary => true)""").close();
            }
            try (PreparedStatement start = connection.prepareStatement("select pg_backup_start(?, fast => true)")) {
                start.setString(1, "IVB Planner " + target.getFileName());
                start.executeQuery().close();
            }
            BackupArchive.addDataDirectory(zip, dataDirectory);
            String label;
            String spaces;
            String lastSegment;
            try (Statement statement = connection.createStatement()) {
                try (ResultSet stop = statement.executeQuery("""
                        select labelfile, spcmapfile, pg_walfile_name(lsn)
                        from pg_backup_stop(wait_for_archive => false)""")) {
                    stop.next();
                    label = stop.getString(1);
                    spaces = stop.getString(2);
                    lastSegment = stop.getString(3);
                }
                // the segment holding the backup's end is then complete in pg_wal
                statement.executeQuery("select pg_switch_wal()").close();
            }
            BackupArchive.addText(zip, BackupArchive.BACKUP_LABEL, label);
            if (spaces != null && !spaces.isEmpty()) {
                BackupArchive.addText(zip, BackupArchive.TABLESPACE_MAP, spaces);
            }
            BackupArchive.addWal(zip, dataDirectory, BackupArchive.startSegment(label), lastSegment);
        } catch (IOException | SQLException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        try (FileChannel written = FileChannel.open(partial, StandardOpenOption.WRITE)) {
            written.force(true);
        }
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    /** The directory of a test's throw-away database goes with it. */
    void close() {
        directory.close();
    }

    /** The failure and its causes, as an administrator can pass them on: 'what: why ← cause: why'. */
    static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (!text.isEmpty()) {
                text.append(" ← ");
            }
            text.append(cause.getClass().getSimpleName());
            if (cause.getMessage() != null) {
                text.append(": ").append(cause.getMessage());
            }
        }
        return text.toString();
    }
}
