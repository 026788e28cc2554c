package nl.ivbplanner.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import nl.ivbplanner.database.EmbeddedPostgresAutoConfiguration;
import nl.ivbplanner.database.EmbeddedPostgresServer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Backups of the embedded database: only where the application runs its own PostgreSQL (an external one is backed up
 * by docker-compose's backup service, README "Backups"). An auto-configuration, so that it is decided after
 * {@link EmbeddedPostgresAutoConfiguration} whether that server exists (scheduling itself is switched on by
 * scheduling/SchedulerLocks, for every job). In the application processed ahead of time the condition
 * was decided at build time: with an external database at run time there is no server, and then no backups either
 * (null beans).
 */
@AutoConfiguration(after = EmbeddedPostgresAutoConfiguration.class)
@ConditionalOnBean(EmbeddedPostgresServer.class)
public class BackupAutoConfiguration {

    /**
     * The backup directory: {@code ivb.backup.directory}, by default beside the data directory ({@code ./data/pg}
     * gives {@code ./data/backups}); a throw-away test database gets a throw-away directory.
     */
    @Bean(destroyMethod = "close")
    BackupService backupService(
            ObjectProvider<EmbeddedPostgresServer> embedded, BackupRuns runs, Clock clock, Environment env)
            throws IOException {
        EmbeddedPostgresServer server = embedded.getIfAvailable();
        if (server == null) {
            return null;
        }
        String configured = env.getProperty("ivb.backup.directory", "");
        boolean temporary = !StringUtils.hasText(configured) && server.isThrowAway();
        Path directory = StringUtils.hasText(configured)
                ? Path.of(configured)
                : temporary
                        ? Files.createTempDirectory("ivb-backups")
                        : server.dataDirectory().resolveSibling("backups");
        return new BackupService(
                server, runs, clock, directory, temporary, env.getProperty("ivb.backup.keep-days", Integer.class, 14));
    }

    /**
     * Never lazy: a scheduled method is registered only when its bean is created, which lazy start-up would skip. A
     * missed night is made up only while there are nightly backups: "-" as their cron switches both off.
     */
    @Bean
    @Lazy(false)
    NightlyBackup nightlyBackup(
            ObjectProvider<BackupService> backups,
            BackupRuns runs,
            Clock clock,
            @Value("${ivb.backup.catch-up:true}") boolean catchUp,
            @Value("${ivb.backup.cron:0 30 2 * * *}") String cron) {
        BackupService service = backups.getIfAvailable();
        return service == null ? null : new NightlyBackup(service, runs, clock, catchUp && !"-".equals(cron.strip()));
    }
}
