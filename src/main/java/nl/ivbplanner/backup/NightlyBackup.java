package nl.ivbplanner.backup;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The nightly backup, at 02:30 Dutch time unless {@code ivb.backup.cron} says otherwise ("-" switches it off, as the
 * tests do). A failure is recorded and shown on the administrators' page like any other.
 *
 * <p>A night the application was not running (a laptop, a server restarted around 02:30) would leave the data without
 * a backup until the next night that it is; so a while after the start and every hour after that, a backup is made when
 * the newest successful one is more than a day old, or there is none yet ({@code ivb.backup.catch-up}).
 *
 * <p>Each run takes a scheduler lock (scheduling/SchedulerLocks), as every job does, so that it runs once however many
 * instances share the database. Backups exist only where the app runs its own embedded PostgreSQL, which one instance
 * uses; the locks keep the jobs right should that change. A backup takes minutes: three hours frees the lock of an
 * instance that died in one, and five minutes keep a run from being repeated by a scheduler that fired a little later.
 */
class NightlyBackup {

    static final String SYSTEM = "systeem";

    /** A day and the margin of a backup that took long or a night with a clock change. */
    static final Duration OVERDUE = Duration.ofHours(26);

    private final BackupService backups;
    private final BackupRuns runs;
    private final Clock clock;
    private final boolean catchUp;

    NightlyBackup(BackupService backups, BackupRuns runs, Clock clock, boolean catchUp) {
        this.backups = backups;
        this.runs = runs;
        this.clock = clock;
        this.catchUp = catchUp;
    }

    @Scheduled(cron = "${ivb.backup.cron:0 30 2 * * *}", zone = "Europe/Amsterdam")
    @SchedulerLock(name = "nightly-backup", lockAtMostFor = "PT3H", lockAtLeastFor = "PT5M")
    void backUp() {
        backups.backUp(SYSTEM);
    }

    @Scheduled(initialDelayString = "${ivb.backup.catch-up-after-start:PT10M}", fixedDelayString = "PT1H")
    @SchedulerLock(name = "backup-catch-up", lockAtMostFor = "PT3H", lockAtLeastFor = "PT5M")
    void catchUp() {
        if (catchUp) {
            backUpIfOverdue();
        }
    }

    /** Makes a backup when the newest successful one is older than {@link #OVERDUE}; says whether it made one. */
    boolean backUpIfOverdue() {
        OffsetDateTime limit = OffsetDateTime.now(clock).minus(OVERDUE);
        boolean overdue = runs.latestSuccess()
                .map(last -> last.finishedAt().isBefore(limit))
                .orElse(true);
        if (overdue) {
            backups.backUp(SYSTEM);
        }
        return overdue;
    }
}
