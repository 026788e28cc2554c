package nl.ivbplanner.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands waiting mails to the SMTP server, every minute. Each mail in a transaction of its own, locked while it is sent
 * (skip locked), so two instances never send the same one and a failure after a send undoes only that mail's mark. A
 * refused mail is tried again later and later ({@link #RETRIES}: over a day and a half, so that an SMTP server away for
 * maintenance loses nothing), then given up (FAILED, on the outbox page). Every instance delivers (no scheduler lock).
 */
@Component
public class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    /** How long after each refusal a mail is tried again; after the last it is given up. */
    static final List<Duration> RETRIES = List.of(
            Duration.ofMinutes(1),
            Duration.ofMinutes(5),
            Duration.ofMinutes(30),
            Duration.ofHours(2),
            Duration.ofHours(6),
            Duration.ofHours(12),
            Duration.ofHours(24));

    /** At most this many mails per run: the rest waits for the next minute. */
    private static final int PER_RUN = 200;

    private final JdbcClient jdbc;
    private final JavaMailSenderImpl smtp;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String from;

    MailDelivery(
            JdbcClient jdbc,
            JavaMailSenderImpl smtp,
            PlatformTransactionManager transactions,
            Clock clock,
            @Value("${ivb.mail.from}") String from) {
        this.jdbc = jdbc;
        this.smtp = smtp;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.from = from;
    }

    private record Waiting(long id, String recipient, String subject, String body, int attempts) {}

    @Scheduled(cron = "${ivb.mail.delivery-cron:0 * * * * *}")
    public void deliverWaiting() {
        for (int mail = 0; mail < PER_RUN; mail++) {
            if (!Boolean.TRUE.equals(transaction.execute(status -> deliverOne()))) {
                return;
            }
        }
    }

    /** False when no mail waits (for now). */
    private boolean deliverOne() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<Waiting> next = jdbc.sql("""
                        select id, recipient, subject, body, attempts from outgoing_mail
                        where status = 'PENDING' and (next_attempt_at is null or next_attempt_at <= ?)
                        order by next_attempt_at nulls first, id limit 1 for update skip locked""").param(now).query(Waiting.class).optional();
        if (next.isEmpty()) {
            return false;
        }
        Waiting mail = next.get();
        try {
            smtp.send(message(mail));
            jdbc.sql("update outgoing_mail set status = 'SENT', attempts = attempts + 1, failure = null,"
                            + " next_attempt_at = null, sent_at = ? where id = ?")
                    .params(now, mail.id())
                    .update();
        } catch (MailException refused) {
            log.warn("Mail {} to {} not delivered: {}", mail.id(), mail.recipient(), refused.getMessage());
            boolean givenUp = mail.attempts() >= RETRIES.size();
            jdbc.sql("update outgoing_mail set status = ?, attempts = attempts + 1, failure = ?, next_attempt_at = ?"
                            + " where id = ?")
                    .params(
                            givenUp ? MailStatus.FAILED.name() : MailStatus.PENDING.name(),
                            String.valueOf(refused.getMessage()),
                            givenUp ? null : now.plus(RETRIES.get(mail.attempts())),
                            mail.id())
                    .update();
        }
        return true;
    }

    private SimpleMailMessage message(Waiting mail) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(mail.recipient());
        message.setSubject(mail.subject());
        message.setText(mail.body());
        return message;
    }
}
