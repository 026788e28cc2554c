package nl.ivbplanner.backup;

import org.springframework.scheduling.annotation.Scheduled;

/**
 * The nightly backup, at 02:30 Dutch time unless {@code ivb.backup.cron} says otherwise ("-" switches it off, as the
 * tests do). A failure is recorded and shown on the administrators' page like any other.
 */
class NightlyBackup {

    static final String SYSTEM = "systeem";

    private final BackupService backups;

    NightlyBackup(BackupService backups) {
        this.backups = backups;
    }

    @Scheduled(cron = "${ivb.backup.cron:0 30 2 * * *}", zone = "Europe/Amsterdam")
    void backUp() {
        backups.backUp(SYSTEM);
    }
}
