package nl.ivbplanner.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Reading a backup's zip ({@link BackupArchive}) back: checking it and unpacking it into a new data directory. */
final class BackupUnpacking {

    private BackupUnpacking() {}

    /** Checks that the zip is a backup of this kind: a backup_label and a data directory's BackupArchive.PG_VERSION; returns it. */
    static String check(Path zip) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry version = file.getEntry(BackupArchive.PG_VERSION);
            if (file.getEntry(BackupArchive.BACKUP_LABEL) == null || version == null) {
                throw new IOException(zip + " is no backup of IVB Planner: it has no " + BackupArchive.BACKUP_LABEL
                        + " or " + BackupArchive.PG_VERSION);
            }
            try (InputStream in = file.getInputStream(version)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            }
        }
    }

    /**
     * Unpacks the zip into a new directory, owner-only (0700, as PostgreSQL requires of a data directory). Entries
     * that would land outside it are refused.
     */
    static void unpack(Path zip, Path target) throws IOException {
        Files.createDirectory(
                target, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Path root = target.toAbsolutePath().normalize();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            var entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Path destination = root.resolve(entry.getName()).normalize();
                if (!destination.startsWith(root) || destination.equals(root)) {
                    throw new IOException("Refused: " + entry.getName() + " lies outside the data directory");
                }
                if (entry.isDirectory()) {
                    createOwnerOnly(root, destination);
                    continue;
                }
                createOwnerOnly(root, destination.getParent());
                try (InputStream in = file.getInputStream(entry)) {
                    Files.copy(in, destination);
                }
                Files.setPosixFilePermissions(destination, PosixFilePermissions.fromString("rw-------"));
            }
        }
    }

    private static void createOwnerOnly(Path root, Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            return;
        }
        createOwnerOnly(root, directory.getParent());
        Files.createDirectory(
                directory, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    }
}
