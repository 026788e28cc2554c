package nl.ivbplanner.reminder;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.ivbplanner.mail.Outbox;
import nl.ivbplanner.mywork.DueWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Announces what became due: one mail per person with everything not announced to them before, written to the outbox
 * with a note of each thing announced, in one transaction. The transaction first takes a database lock, so that an
 * instance running at the same moment waits and then finds everything announced: each reminder is sent once, however
 * many instances run the job.
 */
@Service
public class Reminders {

    /** The key of the PostgreSQL advisory lock that makes one announcement run at a time ('IVBR'). */
    private static final long ANNOUNCING = 0x49564252L;

    private final DueWork due;
    private final ReminderMail mail;
    private final Outbox outbox;
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    Reminders(DueWork due, ReminderMail mail, Outbox outbox, JdbcClient jdbc, JdbcTemplate batch) {
        this.due = due;
        this.mail = mail;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.batch = batch;
    }

    private record Recipient(long id, String displayName, String email) {}

    /** Writes the reminders due on {@code today} to the outbox; returns how many mails. */
    @Transactional
    public int announce(LocalDate today) {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(ANNOUNCING).query().singleColumn();
        Map<Long, List<DueWork.Item>> byUser = due.toAnnounce(today).stream()
                .collect(Collectors.groupingBy(DueWork.Item::userId, LinkedHashMap::new, Collectors.toList()));
        if (byUser.isEmpty()) {
            return 0;
        }
        Map<Long, Recipient> recipients = jdbc
                .sql("select id, display_name, email from app_user where id = any(?)")
                .param(byUser.keySet().toArray(Long[]::new))
                .query(Recipient.class)
                .stream()
                .collect(Collectors.toMap(Recipient::id, r -> r));
        byUser.forEach((userId, items) -> {
            Recipient recipient = recipients.get(userId);
            if (recipient == null) {
                return; // the account was removed in the meantime
            }
            ReminderMail.Text text = mail.of(recipient.displayName(), items, today);
            long mailId = outbox.queue(userId, recipient.email().strip(), text.subject(), text.body());
            batch.batchUpdate(
                    "insert into reminder_sent (user_id, kind, subject_id, period, mail_id) values (?, ?, ?, ?, ?)",
                    items.stream()
                            .map(item ->
                                    new Object[] {userId, item.kind().name(), item.subjectId(), item.period(), mailId})
                            .toList());
        });
        return byUser.size();
    }
}
