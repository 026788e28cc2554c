package nl.ivbplanner.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * The folder of backups: the names of new ones, the list of those kept, and removing those older than the keeping
 * period. A backup holds every municipality's data and the database's secret: the folder is for the owner's eyes only.
 */
final class BackupDirectory {

    static final String PREFIX = "ivb-backup-";
    static final String SUFFIX = ".zip";
    /** The zip while it is written: only a complete backup gets the name of one. */
    static final String PARTIAL_SUFFIX = ".zip.deel";

    private static final Logger log = LoggerFactory.getLogger(BackupDirectory.class);
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss");
    private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY_DIRECTORY =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));

    private final Path directory;
    private final boolean temporary;
    private final Duration keep;
    private final Clock clock;

    BackupDirectory(Path directory, boolean temporary, Duration keep, Clock clock) {
        this.directory = directory.toAbsolutePath().normalize();
        this.temporary = temporary;
        this.keep = keep;
        this.clock = clock;
    }

    Path path() {
        return directory;
    }

    Duration keep() {
        return keep;
    }

    /**
     * The name for a backup started then, the folder made first if need be: ivb-backup-2026-12-07T02-30-00.zip, in
     * Dutch time; a second backup in the same second gets a number.
     */
    Path newBackup(OffsetDateTime started) throws IOException {
        if (!Files.isDirectory(directory)) {
            Files.createDirectories(directory, OWNER_ONLY_DIRECTORY);
        }
        String stamp = FILE_TIME.format(started.atZoneSameInstant(clock.getZone()));
        Path candidate = directory.resolve(PREFIX + stamp + SUFFIX);
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = directory.resolve(PREFIX + stamp + "-" + n + SUFFIX);
        }
        return candidate;
    }

    /** Where the backup is written before it is complete. */
    static Path partial(Path backup) {
        return backup.resolveSibling(backup.getFileName() + PARTIAL_SUFFIX.substring(SUFFIX.length()));
    }

    /** The backups in the folder, newest first. */
    List<BackupFile> kept() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<BackupFile> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(directory)) {
            for (Path file : list.filter(BackupDirectory::isBackup).toList()) {
                files.add(new BackupFile(
                        file.getFileName().toString(),
                        Files.size(file),
                        Files.getLastModifiedTime(file).toInstant().atOffset(ZoneOffset.UTC)));
            }
        } catch (IOException e) {
            log.warn("Could not list the backups in {}: {}", directory, e.toString());
        }
        files.sort(Comparator.comparing(BackupFile::modified).reversed());
        return files;
    }

    /** Removes the backups (and any zip left half-written by a crash) older than the keeping period. */
    void removeOld() {
        Instant limit = clock.instant().minus(keep);
        try (Stream<Path> list = Files.list(directory)) {
            for (Path file : list.filter(f -> isBackup(f) || isPartial(f)).toList()) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(limit)) {
                    Files.delete(file);
                    log.info("Removed backup {}: older than {} days", file, keep.toDays());
                }
            }
        } catch (IOException e) {
            log.error("Could not remove old backups from {}", directory, e);
        }
    }

    /** The folder of a test's throw-away database goes with it. */
    void close() {
        if (temporary) {
            try {
                FileSystemUtils.deleteRecursively(directory);
            } catch (IOException e) {
                log.warn("Could not delete {}: {}", directory, e.toString());
            }
        }
    }

    static boolean isBackup(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(PREFIX) && name.endsWith(SUFFIX) && Files.isRegularFile(file);
    }

    private static boolean isPartial(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(PREFIX) && name.endsWith(PARTIAL_SUFFIX);
    }

    /** A backup in the folder. */
    record BackupFile(String name, long sizeBytes, OffsetDateTime modified) {}
}
