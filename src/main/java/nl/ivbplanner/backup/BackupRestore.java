package nl.ivbplanner.backup;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import nl.ivbplanner.common.DutchTime;
import org.springframework.util.FileSystemUtils;

/**
 * The restore command, run before Spring starts the database: {@code --ivb.backup.restore=<zip>} puts a backup in
 * place of the embedded PostgreSQL's data directory and exits. The current data directory is moved aside, never
 * deleted. The next normal start lets PostgreSQL recover from the backup's label and WAL, and Flyway migrates an
 * older backup up.
 */
public final class BackupRestore {

    static final String OPTION = "--ivb.backup.restore=";
    private static final String DATA_DIR_OPTION = "--app.embedded-postgres.data-dir=";
    private static final DateTimeFormatter ASIDE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss");

    private BackupRestore() {}

    /** The zip to restore when the command line asks for one. */
    public static Optional<Path> requested(String[] args) {
        return List.of(args).stream()
                .filter(a -> a.startsWith(OPTION))
                .map(a -> Path.of(a.substring(OPTION.length())))
                .findFirst();
    }

    /**
     * Restores the zip into the data directory the application would use (as {@code app.embedded-postgres.data-dir}
     * or {@code APP_PG_DATA} name it, else ./data/pg), says what it did, and returns the exit status.
     */
    public static int run(Path zip, String[] args, PrintStream out) {
        Path dataDirectory = List.of(args).stream()
                .filter(a -> a.startsWith(DATA_DIR_OPTION))
                .map(a -> a.substring(DATA_DIR_OPTION.length()))
                .findFirst()
                .or(() -> Optional.ofNullable(System.getenv("APP_PG_DATA")))
                .map(Path::of)
                .orElse(Path.of("data", "pg"));
        try {
            Optional<Path> aside = restore(zip, dataDirectory);
            out.println("Back-up " + zip.toAbsolutePath() + " teruggezet in " + dataDirectory.toAbsolutePath() + ".");
            aside.ifPresent(a -> out.println("De vorige gegevens staan in " + a.toAbsolutePath()
                    + " (niet verwijderd; weg te gooien als alles klopt)."));
            out.println("Start de applicatie nu gewoon: PostgreSQL herstelt zich dan uit de back-up.");
            return 0;
        } catch (IOException | RuntimeException e) {
            out.println("Herstel niet uitgevoerd: " + e.getMessage());
            return 1;
        }
    }

    /**
     * Checks the zip, refuses while a PostgreSQL runs on the data directory, unpacks the zip beside it, then moves
     * the current directory aside and the unpacked one in its place; returns where the old one went. An unpacking that
     * fails leaves the current data directory as it was.
     */
    public static Optional<Path> restore(Path zip, Path dataDirectory) throws IOException {
        Path target = dataDirectory.toAbsolutePath().normalize();
        if (!Files.isRegularFile(zip)) {
            throw new IOException("Back-up " + zip.toAbsolutePath() + " bestaat niet.");
        }
        BackupUnpacking.check(zip);
        requireStopped(target);
        Files.createDirectories(target.getParent());
        Path unpacking = target.resolveSibling(target.getFileName() + "-herstel-bezig");
        FileSystemUtils.deleteRecursively(unpacking);
        try {
            BackupUnpacking.unpack(zip, unpacking);
        } catch (IOException | RuntimeException e) {
            FileSystemUtils.deleteRecursively(unpacking);
            throw new IOException("Uitpakken van " + zip + " mislukt: " + e.getMessage(), e);
        }
        Optional<Path> aside = Optional.empty();
        if (Files.exists(target)) {
            Path old = target.resolveSibling(
                    target.getFileName() + "-voor-herstel-" + ASIDE_TIME.format(LocalDateTime.now(DutchTime.ZONE)));
            Files.move(target, old);
            aside = Optional.of(old);
        }
        Files.move(unpacking, target);
        return aside;
    }

    /** A postmaster.pid whose process still runs: the application (or its PostgreSQL) is running. */
    private static void requireStopped(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
        } catch (RuntimeException unreadable) {
            return;
        }
        boolean running = ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .map(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(true))
                .orElse(false);
        if (running) {
            throw new IOException("PostgreSQL (pid " + pid + ") draait nog op " + dataDirectory
                    + ". Stop eerst de applicatie en probeer het dan opnieuw.");
        }
    }
}
