package nl.ivbplanner.backup;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the administrators' backup page shows. {@code embedded} false: an external database, backed up by
 * docker-compose's backup service. Moments are Dutch ({@code common.DutchTime}); sizes in megabytes as Dutch text.
 *
 * @param lastSuccess the newest backup that succeeded, or null
 * @param age how long ago it was made, as a message key with its number, or null
 * @param failure the newest attempt when it failed (a later success hides it), or null
 * @param version the number of attempts the page saw: the button sends it back, so a second press makes no second
 *     backup
 */
record BackupPage(
        boolean embedded,
        Shown lastSuccess,
        Age age,
        Shown failure,
        List<Shown> files,
        String directory,
        long keepDays,
        long version) {

    /** A backup or an attempt as the page shows it. */
    record Shown(OffsetDateTime moment, String name, String megabytes, String startedBy, String errorMessage) {}

    /** 'minutes', 'hours' or 'days' ago. */
    record Age(String key, long amount) {}
}
