package nl.ivbplanner.backup;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipOutputStream;
import nl.ivbplanner.database.EmbeddedPostgresServer;
import nl.ivbplanner.support.IvbOwnDatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A backup restores: every table of schema public as it was at the backup, although data was changed, added and
 * deleted after it. The backup is unpacked by the restore command's code and started by a second PostgreSQL the way
 * the application starts its own. On the test's own database, since it commits changes.
 */
@IvbOwnDatabaseTest
class BackupRestoreTest {

    @Autowired
    ObjectProvider<BackupService> backups;

    @Autowired
    ObjectProvider<EmbeddedPostgresServer> server;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path temp;

    @BeforeEach
    void onlyWithTheEmbeddedDatabase() {
        assumeTrue(backups.getIfAvailable() != null, "backups are made of the embedded database only");
    }

    @Test
    void aRestoredBackupHoldsEveryTableExactlyAsItWasAtTheBackup() throws Exception {
        // committed data of the test's own, changed and deleted after the backup
        jdbc.sql("""
                insert into app_user (username, display_name, password_hash, role, municipality_id, enabled)
                select 'backup.proef', 'Voor de back-up', '{noop}x', 'ADVISOR', id, false
                from municipality where slug = 'wassenaar'""").update();
        jdbc.sql("""
                insert into admin_log (actor_name, kind, subject, detail)
                values ('beheerder', 'USER_CREATED', 'backup.proef', 'voor de back-up')""").update();
        String wassenaar = jdbc.sql("select name from municipality where slug = 'wassenaar'")
                .query(String.class)
                .single();
        Map<String, String> atBackup = fingerprint(jdbc);

        BackupRun run = backups.getObject().backUp("test");

        assertThat(run.errorMessage()).isNull();
        Path zip = backups.getObject().directory().resolve(run.fileName());
        assertThat(zip).exists().hasSize(run.sizeBytes());
        // every municipality's data and the database's secret: for the owner only
        assertThat(Files.getPosixFilePermissions(zip)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        try {
            jdbc.sql("update app_user set display_name = 'Na de back-up' where username = 'backup.proef'")
                    .update();
            jdbc.sql("delete from admin_log where subject = 'backup.proef'").update();
            jdbc.sql("update municipality set name = 'Gewijzigd na de back-up' where slug = 'wassenaar'")
                    .update();
            jdbc.sql("""
                    insert into admin_log (actor_name, kind, subject, detail)
                    values ('beheerder', 'USER_CHANGED', 'backup.proef', 'na de back-up')""").update();
            Map<String, String> changed = fingerprint(jdbc);

            Path dataDirectory = temp.resolve("pg");
            Files.createDirectories(dataDirectory);
            Files.writeString(dataDirectory.resolve("was-er-al"), "de vorige gegevens");
            Path aside = BackupRestore.restore(zip, dataDirectory).orElseThrow();
            assertThat(aside.resolve("was-er-al")).hasContent("de vorige gegevens");
            assertThat(dataDirectory.resolve(BackupArchive.BACKUP_LABEL)).exists();

            try (EmbeddedPostgresServer restored =
                    EmbeddedPostgresServer.start(dataDirectory, 0, false, Duration.ofHours(1))) {
                Map<String, String> afterRestore = fingerprint(JdbcClient.create(
                        new DriverManagerDataSource(restored.jdbcUrl(), restored.username(), restored.password())));

                assertThat(atBackup).hasSizeGreaterThan(30).containsKeys("activity", "backup_run", "revinfo");
                assertThat(afterRestore).isEqualTo(atBackup);
                // so that the comparison could fail: the live database differs in the changed tables, and in
                // backup_run, whose
                // row for this backup is written after it
                assertThat(changed).isNotEqualTo(atBackup);
                assertThat(differences(changed, atBackup))
                        .containsExactlyInAnyOrder("app_user", "admin_log", "municipality", "backup_run");
            }
        } finally {
            jdbc.sql("update municipality set name = :name where slug = 'wassenaar'")
                    .param("name", wassenaar)
                    .update();
        }
    }

    /**
     * Writes go on while the data directory is copied: the restored database holds every row committed before the
     * backup started and, of those committed during it, an unbroken run from the first (rows are committed one by
     * one, in order), never a torn or partial state.
     */
    @Test
    void aBackupTakenWhileWritesGoOnRestoresAConsistentState() throws Exception {
        jdbc.sql("create table backup_proef_schrijven (n bigint primary key, tekst text not null)")
                .update();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong committed = new AtomicLong();
        Thread writer = new Thread(() -> {
            for (long n = 1; !stop.get(); n++) {
                jdbc.sql("insert into backup_proef_schrijven values (:n, repeat(md5(:n::text), 40))")
                        .param("n", n)
                        .update();
                committed.set(n);
            }
        });
        try {
            writer.start();
            while (committed.get() < 200) {
                Thread.sleep(10);
            }
            long beforeBackup = committed.get();
            BackupRun run = backups.getObject().backUp("test");
            long afterBackup = committed.get();
            stop.set(true);
            writer.join();
            assertThat(run.errorMessage()).isNull();
            assertThat(afterBackup).as("rows were written during the backup").isGreaterThan(beforeBackup);

            Path dataDirectory = temp.resolve("pg-schrijven");
            BackupRestore.restore(backups.getObject().directory().resolve(run.fileName()), dataDirectory);
            try (EmbeddedPostgresServer restored =
                    EmbeddedPostgresServer.start(dataDirectory, 0, false, Duration.ofHours(1))) {
                JdbcClient db = JdbcClient.create(
                        new DriverManagerDataSource(restored.jdbcUrl(), restored.username(), restored.password()));
                long rows = db.sql("select count(*) from backup_proef_schrijven")
                        .query(Long.class)
                        .single();
                assertThat(rows).isBetween(beforeBackup, afterBackup);
                assertThat(db.sql("select coalesce(max(n), 0) from backup_proef_schrijven")
                                .query(Long.class)
                                .single())
                        .isEqualTo(rows);
                assertThat(db.sql("select count(*) from backup_proef_schrijven where tekst <> repeat(md5(n::text), 40)")
                                .query(Long.class)
                                .single())
                        .isZero();
                // every other table reads back whole
                assertThat(fingerprint(db)).containsKeys("activity", "municipality", "backup_run");
            }
        } finally {
            stop.set(true);
            writer.join();
            jdbc.sql("drop table backup_proef_schrijven").update();
        }
    }

    @Test
    void theRestoreCommandRefusesAZipThatIsNoBackupAndADataDirectoryInUse() throws Exception {
        Path notABackup = temp.resolve("iets-anders.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(notABackup))) {
            BackupArchive.addText(zip, "PG_VERSION", "18");
        }
        Path empty = temp.resolve("leeg");
        assertThatThrownBy(() -> BackupRestore.restore(notABackup, empty))
                .hasMessageContaining("no backup of IVB Planner");
        assertThat(empty).doesNotExist();

        Path backup = temp.resolve("back-up.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(backup))) {
            BackupArchive.addText(zip, "PG_VERSION", "18");
            BackupArchive.addText(zip, BackupArchive.BACKUP_LABEL, "START WAL LOCATION: 0/2000028 (file x)");
        }
        // the running test database: its postmaster.pid names a live postmaster
        Path inUse = server.getObject().dataDirectory();
        ByteArrayOutputStream said = new ByteArrayOutputStream();

        int status = BackupRestore.run(
                backup, new String[] {"--app.embedded-postgres.data-dir=" + inUse}, new PrintStream(said, true, UTF_8));

        assertThat(status).isEqualTo(1);
        assertThat(said.toString(UTF_8)).contains("Herstel niet uitgevoerd").contains("draait nog");
        assertThat(inUse.resolve("postmaster.pid")).exists();
        assertThat(inUse.resolve(BackupArchive.BACKUP_LABEL)).doesNotExist();
        assertThat(inUse.resolveSibling(inUse.getFileName() + "-herstel-bezig")).doesNotExist();
    }

    /** Per table of schema public: its rows' count and the md5 of all rows as text, in order. */
    static Map<String, String> fingerprint(JdbcClient db) {
        Map<String, String> tables = new LinkedHashMap<>();
        for (String table : db.sql("select tablename from pg_tables where schemaname = 'public' order by tablename")
                .query(String.class)
                .list()) {
            tables.put(
                    table,
                    db.sql("select count(*) || ' ' || md5(coalesce(string_agg(t::text, E'\\n' order by t::text), ''))"
                                    + " from public.\"" + table + "\" t")
                            .query(String.class)
                            .single());
        }
        return tables;
    }

    private static List<String> differences(Map<String, String> a, Map<String, String> b) {
        return a.keySet().stream()
                .filter(table -> !a.get(table).equals(b.get(table)))
                .toList();
    }
}
