package nl.ivbplanner.reminder;

import java.time.Clock;
import java.time.LocalDate;
import nl.ivbplanner.mail.MailDelivery;
import org.springframework.context.annotation.Lazy;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every morning at 7 (Dutch time) the reminders due that day go out. Never lazy: a scheduled method is registered only
 * when its bean is made. {@code ivb.reminders.cron} "-" switches it off (the tests run it themselves).
 */
@Component
@Lazy(false)
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
    void remind() {
        reminders.announce(LocalDate.now(clock));
        delivery.deliverWaiting();
    }
}
