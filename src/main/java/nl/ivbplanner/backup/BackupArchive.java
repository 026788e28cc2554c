package nl.ivbplanner.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The zip of a physical base backup: the data directory as PostgreSQL's low-level backup API allows copying it while
 * the server runs, plus the backup_label and the write-ahead log from the backup's start to its end. Unpacked into an
 * empty data directory, PostgreSQL's own recovery makes it consistent on the next start (PostgreSQL documentation,
 * "Making a Base Backup Using the Low Level API"). Reading one back: {@link BackupUnpacking}.
 */
final class BackupArchive {

    static final String BACKUP_LABEL = "backup_label";
    static final String TABLESPACE_MAP = "tablespace_map";
    static final String PG_VERSION = "PG_VERSION";
    static final String WAL = "pg_wal";

    /**
     * Directories whose contents the server recreates or does not need: the documentation says they may be left out
     * (the directories themselves must exist). pg_wal's contents are the running server's; the segments the backup
     * needs are added after the backup stopped.
     */
    private static final Set<String> CONTENTS_LEFT_OUT = Set.of(
            WAL, "pg_replslot", "pg_dynshmem", "pg_notify", "pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans");

    /**
     * The running postmaster's files (a restored copy would look like a server that still runs), zonky's lock file of
     * the running JVM, and labels of an earlier backup that must not mislead recovery.
     */
    private static final Set<String> FILES_LEFT_OUT = Set.of(
            "postmaster.pid",
            "postmaster.opts",
            "epg-lock",
            BACKUP_LABEL,
            BACKUP_LABEL + ".old",
            TABLESPACE_MAP,
            TABLESPACE_MAP + ".old");

    private static final Pattern WAL_SEGMENT = Pattern.compile("[0-9A-F]{24}");
    private static final Pattern LABEL_START_SEGMENT =
            Pattern.compile("START WAL LOCATION: \\S+ \\(file ([0-9A-F]{24})\\)");

    private BackupArchive() {}

    /** Adds the data directory, less what may be left out; files that vanish while it is copied are skipped. */
    static void addDataDirectory(ZipOutputStream zip, Path dataDirectory) throws IOException {
        Files.walkFileTree(dataDirectory, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes)
                    throws IOException {
                if (directory.equals(dataDirectory)) {
                    return FileVisitResult.CONTINUE;
                }
                String name = entryName(dataDirectory, directory);
                if (temporary(directory)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                zip.putNextEntry(new ZipEntry(name + "/"));
                zip.closeEntry();
                if (CONTENTS_LEFT_OUT.contains(name)) {
                    if (name.equals(WAL)) {
                        // recovery marks archived segments here and keeps WAL summaries: the directories must exist
                        for (String below : List.of("archive_status", "summaries")) {
                            zip.putNextEntry(new ZipEntry(WAL + "/" + below + "/"));
                            zip.closeEntry();
                        }
                    }
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                if (!attributes.isRegularFile()
                        || temporary(file)
                        || (file.getParent().equals(dataDirectory)
                                && FILES_LEFT_OUT.contains(file.getFileName().toString()))) {
                    return FileVisitResult.CONTINUE;
                }
                addCopyOf(zip, entryName(dataDirectory, file), file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException failure) throws IOException {
                if (failure instanceof NoSuchFileException) {
                    // a table dropped or a temporary file removed meanwhile: the WAL replay accounts for it
                    return FileVisitResult.CONTINUE;
                }
                throw failure;
            }
        });
    }

    /**
     * Adds the WAL segments from {@code first} to {@code last} (names of one timeline sort in order) and the timeline
     * history files; refuses when one is missing, since without it recovery cannot reach the backup's end.
     */
    static void addWal(ZipOutputStream zip, Path dataDirectory, String first, String last) throws IOException {
        Path wal = dataDirectory.resolve(WAL);
        List<String> segments = new ArrayList<>();
        List<String> histories = new ArrayList<>();
        try (Stream<Path> files = Files.list(wal)) {
            files.map(f -> f.getFileName().toString()).sorted().forEach(name -> {
                if (WAL_SEGMENT.matcher(name).matches()
                        && name.substring(0, 8).equals(first.substring(0, 8))
                        && name.compareTo(first) >= 0
                        && name.compareTo(last) <= 0) {
                    segments.add(name);
                } else if (name.endsWith(".history")) {
                    histories.add(name);
                }
            });
        }
        if (segments.isEmpty()
                || !segments.get(0).equals(first)
                || !segments.get(segments.size() - 1).equals(last)) {
            throw new IOException("The write-ahead log from " + first + " to " + last + " is no longer complete in "
                    + wal + " (found " + segments + ")");
        }
        for (String name : segments) {
            addCopyOf(zip, WAL + "/" + name, wal.resolve(name));
        }
        for (String name : histories) {
            addCopyOf(zip, WAL + "/" + name, wal.resolve(name));
        }
    }

    static void addText(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** The first WAL segment recovery needs, as pg_backup_stop's label names it. */
    static String startSegment(String label) throws IOException {
        Matcher start = LABEL_START_SEGMENT.matcher(label);
        if (!start.find()) {
            throw new IOException("The backup label names no start segment: " + label);
        }
        return start.group(1);
    }

    private static void addCopyOf(ZipOutputStream zip, String name, Path file) throws IOException {
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (NoSuchFileException vanished) {
            return;
        }
        try (in) {
            zip.putNextEntry(new ZipEntry(name));
            in.transferTo(zip);
            zip.closeEntry();
        }
    }

    private static boolean temporary(Path path) {
        return path.getFileName().toString().startsWith("pgsql_tmp");
    }

    private static String entryName(Path root, Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }
}
