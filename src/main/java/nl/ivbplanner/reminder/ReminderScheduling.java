package nl.ivbplanner.reminder;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduling on whatever the database: the nightly backup switches it on only for the embedded one, and reminders and
 * mail delivery run against an external database too.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ReminderScheduling {}
