package nl.ivbplanner.reminder;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.ivbplanner.mail.MailDelivery;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every morning at 7 (Dutch time) the reminders due that day go out, on one instance (the lock, see
 * scheduling/SchedulerLocks; {@link Reminders} also sends each reminder once should two runs meet). {@code
 * ivb.reminders.cron} "-" switches it off (the tests run it themselves).
 */
@Component
class ReminderJob {

    private final Reminders reminders;
    private final MailDelivery delivery;
    private final Clock clock;

    ReminderJob(Reminders reminders, MailDelivery delivery, Clock clock) {
        this.reminders = reminders;
        this.delivery = delivery;
        this.clock = clock;
    }

    @Scheduled(cron = "${ivb.reminders.cron:0 0 7 * * *}", zone = "Europe/Amsterdam")
    @SchedulerLock(name = "reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void remind() {
        reminders.announce(LocalDate.now(clock));
        delivery.deliverWaiting();
    }
}
