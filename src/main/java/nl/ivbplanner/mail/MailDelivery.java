package nl.ivbplanner.mail;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
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
 * Hands waiting mails to the SMTP server, every minute and right after reminders were written. A mail is locked while
 * it is sent (skip locked), so two instances never send the same one; a refused mail is tried again at the next round,
 * up to {@value #ATTEMPTS} times. Every instance delivers (no scheduler lock): the row locks divide the mails.
 */
@Component
public class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
    private static final int ATTEMPTS = 5;
    private static final int PER_ROUND = 50;

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

    /** Rounds of {@value #PER_ROUND} until one delivers fewer (a refused mail waits for the next minute). */
    @Scheduled(cron = "${ivb.mail.delivery-cron:0 * * * * *}")
    public void deliverWaiting() {
        Integer delivered;
        do {
            delivered = transaction.execute(status -> deliverRound());
        } while (delivered != null && delivered == PER_ROUND);
    }

    private int deliverRound() {
        List<Waiting> waiting =
                jdbc.sql("""
                        select id, recipient, subject, body, attempts from outgoing_mail
                        where status = 'PENDING' order by id limit ? for update skip locked""").param(PER_ROUND).query(Waiting.class).list();
        int delivered = 0;
        for (Waiting mail : waiting) {
            try {
                smtp.send(message(mail));
                jdbc.sql("update outgoing_mail set status = 'SENT', attempts = attempts + 1, failure = null,"
                                + " sent_at = ? where id = ?")
                        .params(OffsetDateTime.now(clock), mail.id())
                        .update();
                delivered++;
            } catch (MailException refused) {
                log.warn("Mail {} to {} not delivered: {}", mail.id(), mail.recipient(), refused.getMessage());
                jdbc.sql("update outgoing_mail set status = ?, attempts = attempts + 1, failure = ? where id = ?")
                        .params(
                                mail.attempts() + 1 >= ATTEMPTS ? MailStatus.FAILED.name() : MailStatus.PENDING.name(),
                                String.valueOf(refused.getMessage()),
                                mail.id())
                        .update();
            }
        }
        return delivered;
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
