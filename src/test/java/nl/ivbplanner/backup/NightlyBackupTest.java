package nl.ivbplanner.backup;

import static org.assertj.core.api.Assertions.assertThat;

import nl.ivbplanner.support.IvbOwnDatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A missed night is made up: a backup when the newest successful one is more than 26 hours old, or none exists. */
@IvbOwnDatabaseTest
class NightlyBackupTest {

    @Autowired
    NightlyBackup nightly;

    @Autowired
    BackupRuns runs;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void noBackupsYet() {
        jdbc.sql("delete from backup_run").update();
    }

    @Test
    void aFirstBackupWhenThereIsNoneAndNoSecondWhileTheLastIsRecent() {
        assertThat(nightly.backUpIfOverdue()).isTrue();
        assertThat(runs.latestSuccess()).hasValueSatisfying(run -> {
            assertThat(run.startedBy()).isEqualTo(NightlyBackup.SYSTEM);
            assertThat(run.fileName()).startsWith("ivb-backup-");
        });

        assertThat(nightly.backUpIfOverdue()).isFalse();
        assertThat(runs.attempts()).isEqualTo(1);
    }

    @Test
    void aBackupWhenTheLastSuccessIsMoreThanADayOldEvenAfterARecentFailure() {
        jdbc.sql("""
                insert into backup_run (started_at, finished_at, file_name, size_bytes, error_message, started_by)
                values (now() - interval '27 hours', now() - interval '27 hours', 'ivb-backup-oud.zip', 1, null, 'systeem'),
                       (now() - interval '1 hour', now() - interval '1 hour', null, null, 'schijf vol', 'systeem')""").update();

        assertThat(nightly.backUpIfOverdue()).isTrue();
        assertThat(runs.attempts()).isEqualTo(3);
        assertThat(runs.latest())
                .hasValueSatisfying(run -> assertThat(run.succeeded()).isTrue());
    }

    @Test
    void noBackupWhenTheLastSuccessIsLessThan26HoursOld() {
        jdbc.sql("""
                insert into backup_run (started_at, finished_at, file_name, size_bytes, error_message, started_by)
                values (now() - interval '25 hours', now() - interval '25 hours', 'ivb-backup-gisteren.zip', 1, null, 'systeem')""").update();

        assertThat(nightly.backUpIfOverdue()).isFalse();
        assertThat(runs.attempts()).isEqualTo(1);
    }

    /**
     * Every instance's scheduler fires the nightly backup; the one that takes its lock in table shedlock runs it
     * (scheduling/SchedulerLocks). Lock times are the database's, in UTC.
     */
    @Test
    void aNightlyRunIsSkippedWhileAnotherInstanceHoldsItsLockAndTakesTheLockOtherwise() {
        jdbc.sql("delete from shedlock where name = 'nightly-backup'").update();
        jdbc.sql("""
                insert into shedlock (name, lock_until, locked_at, locked_by)
                values ('nightly-backup', timezone('utc', now()) + interval '1 hour', timezone('utc', now()), 'app2')""").update();

        nightly.backUp();
        assertThat(runs.attempts()).isZero();

        jdbc.sql("update shedlock set lock_until = timezone('utc', now()) - interval '1 minute'"
                        + " where name = 'nightly-backup'")
                .update();
        nightly.backUp();
        assertThat(runs.attempts()).isOne();
        // held a while after the run, so that a scheduler firing a little later does not run it again
        assertThat(jdbc.sql("""
                        select locked_by <> 'app2' and lock_until > timezone('utc', now())
                        from shedlock where name = 'nightly-backup'""").query(Boolean.class).single()).isTrue();
        jdbc.sql("delete from shedlock where name = 'nightly-backup'").update();
    }
}
