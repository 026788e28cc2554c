package nl.ivbplanner.reminder;

import java.time.Clock;
import java.time.LocalDate;
import nl.ivbplanner.security.MunicipalityAccess;
import nl.ivbplanner.security.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/** The reminders of today, on a global administrator's request (mails name people of every municipality). */
@Service
class ReminderRun {

    private final Reminders reminders;
    private final MunicipalityAccess access;
    private final Clock clock;

    ReminderRun(Reminders reminders, MunicipalityAccess access, Clock clock) {
        this.reminders = reminders;
        this.access = access;
        this.clock = clock;
    }

    /** The day the run is for, as the page shows it. */
    LocalDate today() {
        requireGlobalAdmin();
        return LocalDate.now(clock);
    }

    /** How many mails were written; the minute's delivery sends them (never this request: an SMTP server may be slow). */
    int now() {
        requireGlobalAdmin();
        return reminders.announce(LocalDate.now(clock));
    }

    private void requireGlobalAdmin() {
        SignedInUser user = access.currentUser();
        if (user == null || !user.isGlobalAdmin()) {
            throw new AccessDeniedException("Only global administrators send reminders by hand");
        }
    }
}
