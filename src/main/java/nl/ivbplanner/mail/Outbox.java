package nl.ivbplanner.mail;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Every mail the app sends is first written here, in the transaction that decided to send it, so that nothing is sent
 * for work that was rolled back and nothing decided is lost when the SMTP server is away. {@link MailDelivery} sends
 * it afterwards. Without an SMTP server (the local default) it stays in the outbox, which administrators read at
 * {@code /beheer/uitgaande-mail}.
 */
@Component
public class Outbox {

    private final JdbcClient jdbc;
    private final MailProperties smtp;
    private final Clock clock;

    Outbox(JdbcClient jdbc, MailProperties smtp, Clock clock) {
        this.jdbc = jdbc;
        this.smtp = smtp;
        this.clock = clock;
    }

    /** A plain-text mail to a user; returns its id. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long queue(Long userId, String recipient, String subject, String body) {
        MailStatus status = StringUtils.hasText(smtp.getHost()) ? MailStatus.PENDING : MailStatus.OUTBOX;
        return jdbc.sql("""
                        insert into outgoing_mail (recipient_user_id, recipient, subject, body, status, created_at)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(userId, recipient, subject, body, status.name(), OffsetDateTime.now(clock))
                .query(Long.class)
                .single();
    }
}
