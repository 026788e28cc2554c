package nl.ivbplanner.backup;

import java.time.OffsetDateTime;

/**
 * One attempt to back up: a zip and its size when it succeeded, what went wrong when it did not. Moments as the
 * database gives them (UTC); pages show them with {@code common.DutchTime}.
 */
public record BackupRun(
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt,
        String fileName,
        Long sizeBytes,
        String errorMessage,
        String startedBy) {

    public boolean succeeded() {
        return errorMessage == null;
    }
}
