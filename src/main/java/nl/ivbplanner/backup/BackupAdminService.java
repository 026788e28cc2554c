package nl.ivbplanner.backup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import nl.ivbplanner.audit.AdminAction;
import nl.ivbplanner.audit.AdminLog;
import nl.ivbplanner.common.DutchNumbers;
import nl.ivbplanner.common.DutchTime;
import nl.ivbplanner.security.MunicipalityAccess;
import nl.ivbplanner.security.SignedInUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The administrators' side of backups: the state shown on {@code /beheer/back-ups} and a backup on request. Global
 * administrators only: a backup holds every municipality's data.
 */
@Service
class BackupAdminService {

    private final ObjectProvider<BackupService> backups;
    private final BackupRuns runs;
    private final MunicipalityAccess access;
    private final AdminLog adminLog;
    private final TransactionTemplate transaction;
    private final Clock clock;

    BackupAdminService(
            ObjectProvider<BackupService> backups,
            BackupRuns runs,
            MunicipalityAccess access,
            AdminLog adminLog,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.backups = backups;
        this.runs = runs;
        this.access = access;
        this.adminLog = adminLog;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    BackupPage page() {
        requireGlobalAdmin();
        BackupService service = backups.getIfAvailable();
        if (service == null) {
            return new BackupPage(false, null, null, null, List.of(), null, 0, 0);
        }
        Optional<BackupRun> success = runs.latestSuccess();
        BackupPage.Shown failure = runs.latest()
                .filter(run -> !run.succeeded())
                .map(run -> new BackupPage.Shown(
                        DutchTime.of(run.finishedAt()), null, null, run.startedBy(), run.errorMessage()))
                .orElse(null);
        return new BackupPage(
                true,
                success.map(run -> new BackupPage.Shown(
                                DutchTime.of(run.finishedAt()),
                                run.fileName(),
                                megabytes(run.sizeBytes()),
                                run.startedBy(),
                                null))
                        .orElse(null),
                success.map(run -> age(run.finishedAt())).orElse(null),
                failure,
                service.kept().stream()
                        .map(file -> new BackupPage.Shown(
                                DutchTime.of(file.modified()), file.name(), megabytes(file.sizeBytes()), null, null))
                        .toList(),
                service.directory().toString(),
                service.keep().toDays(),
                runs.attempts());
    }

    /**
     * Makes a backup when the page that asked for it was current (it saw every earlier attempt): a double press or a
     * colleague's press just before makes no second backup. Empty when none was made. The attempt is in the
     * administrators' log either way.
     */
    Optional<BackupRun> backUpNow(String version) {
        SignedInUser user = requireGlobalAdmin();
        BackupService service = backups.getIfAvailable();
        if (service == null || !String.valueOf(runs.attempts()).equals(version)) {
            return Optional.empty();
        }
        BackupRun run = service.backUp(user.username());
        transaction.executeWithoutResult(status -> {
            if (run.succeeded()) {
                adminLog.record(AdminAction.BACKUP_MADE, run.fileName(), megabytes(run.sizeBytes()) + " MB");
            } else {
                adminLog.record(AdminAction.BACKUP_FAILED, service.directory().toString(), run.errorMessage());
            }
        });
        return Optional.of(run);
    }

    private SignedInUser requireGlobalAdmin() {
        SignedInUser user = access.currentUser();
        if (user == null || !user.isGlobalAdmin()) {
            throw new AccessDeniedException("Only global administrators manage backups");
        }
        return user;
    }

    private BackupPage.Age age(OffsetDateTime moment) {
        Duration ago = Duration.between(moment, OffsetDateTime.now(clock));
        if (ago.toHours() < 1) {
            return new BackupPage.Age("backup.age.minutes", Math.max(0, ago.toMinutes()));
        }
        if (ago.toDays() < 2) {
            return new BackupPage.Age("backup.age.hours", ago.toHours());
        }
        return new BackupPage.Age("backup.age.days", ago.toDays());
    }

    static String megabytes(long bytes) {
        return DutchNumbers.formatOneDecimalAtLeast(
                BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1_000_000), 1, RoundingMode.HALF_UP));
    }
}
