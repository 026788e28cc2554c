package nl.ivbplanner.scheduling;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The application's scheduled jobs, and that each run of one happens once across all instances on the database.
 *
 * <p>Several instances of the app may run behind a load balancer (README "More than one instance"); every instance's
 * scheduler fires every job. A job therefore carries, besides {@code @Scheduled}, a lock with a name of its own:
 *
 * <pre>{@code
 * @Scheduled(cron = "...", zone = "Europe/Amsterdam")
 * @SchedulerLock(name = "reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
 * void sendReminders() { ... }
 * }</pre>
 *
 * The instance that takes the job's row in table {@code shedlock} (V26) runs it; the others skip that run (they do not
 * wait for it). {@code lockAtMostFor} frees the lock of an instance that died in the job; it must be longer than the job
 * ever takes, or a second instance starts it again while the first still runs. {@code lockAtLeastFor} keeps it after a
 * quick run, so that an instance whose scheduler fires a little later does not run the job a second time. Lock times are
 * the database's clock ({@code usingDbTime}), so the instances' clocks need not agree.
 *
 * <p>The lock is taken by a proxy around the job's bean: the method must be called through the bean (as the scheduler
 * does), not from inside its own class. The job's bean is made at the start although beans are lazy (Spring Boot makes
 * beans with {@code @Scheduled} methods at the start; LazyBeansTest and AheadOfTimeStartIT start the app).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT1H")
class SchedulerLocks {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}
