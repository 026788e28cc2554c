package nl.ivbplanner.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The embedded PostgreSQL's password: generated on the first start and kept, readable by its owner only, in the data
 * directory, with the pg_hba.conf that asks every connection for it.
 */
final class DatabaseSecret {

    static final String FILE_NAME = "ivb-database-secret";

    static final String PASSWORD_ONLY_HBA = """
            # IVB Planner: every connection needs the password (scram-sha-256); it is in %s in this directory.
            local   all             all                                     scram-sha-256
            host    all             all             127.0.0.1/32            scram-sha-256
            local   replication     all                                     scram-sha-256
            host    replication     all             127.0.0.1/32            scram-sha-256
            """.formatted(FILE_NAME);

    private DatabaseSecret() {}

    static String generate() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    static void write(Path file, String secret) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, secret + "\n");
    }
}
