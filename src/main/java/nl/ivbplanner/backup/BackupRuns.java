package nl.ivbplanner.backup;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The record of backup attempts (table backup_run), written after each attempt ends. Present also with an external
 * database, where the table stays empty: its backups are made by docker-compose's backup service.
 */
@Component
public class BackupRuns {

    private static final String COLUMNS = "started_at, finished_at, file_name, size_bytes, error_message, started_by";

    private final JdbcClient jdbc;

    BackupRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(BackupRun run) {
        jdbc.sql("insert into backup_run (" + COLUMNS + ") values (:started, :finished, :file, :size, :error, :by)")
                .param("started", run.startedAt())
                .param("finished", run.finishedAt())
                .param("file", run.fileName())
                .param("size", run.sizeBytes())
                .param("error", run.errorMessage() == null ? null : abbreviate(run.errorMessage(), 2000))
                .param("by", abbreviate(run.startedBy(), 120))
                .update();
    }

    /** The newest attempt, successful or not. */
    public Optional<BackupRun> latest() {
        return newest("true");
    }

    /** The newest backup that succeeded. */
    public Optional<BackupRun> latestSuccess() {
        return newest("error_message is null");
    }

    /**
     * How many attempts there were: the page's form sends the number it saw, so that a second press (or a colleague's)
     * while one backup was just made does not make another.
     */
    public long attempts() {
        return jdbc.sql("select count(*) from backup_run").query(Long.class).single();
    }

    private Optional<BackupRun> newest(String condition) {
        return jdbc.sql("select " + COLUMNS + " from backup_run where " + condition
                        + " order by finished_at desc, id desc limit 1")
                .query((rs, row) -> new BackupRun(
                        rs.getObject("started_at", OffsetDateTime.class),
                        rs.getObject("finished_at", OffsetDateTime.class),
                        rs.getString("file_name"),
                        rs.getObject("size_bytes", Long.class),
                        rs.getString("error_message"),
                        rs.getString("started_by")))
                .optional();
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
