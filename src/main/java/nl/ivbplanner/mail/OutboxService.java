package nl.ivbplanner.mail;

import java.time.OffsetDateTime;
import java.util.List;
import nl.ivbplanner.common.DutchTime;
import nl.ivbplanner.security.MunicipalityAccess;
import nl.ivbplanner.security.SignedInUser;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

/**
 * The newest mails, for global administrators only: mails name people of every municipality and what they owe. With
 * no SMTP server set, this is where a local run shows what would have been sent.
 */
@Service
class OutboxService {

    static final int SHOWN = 200;

    private final JdbcClient jdbc;
    private final MunicipalityAccess access;
    private final MailProperties smtp;

    OutboxService(JdbcClient jdbc, MunicipalityAccess access, MailProperties smtp) {
        this.jdbc = jdbc;
        this.access = access;
        this.smtp = smtp;
    }

    record Mail(
            long id,
            String recipient,
            String subject,
            String body,
            MailStatus status,
            int attempts,
            String failure,
            OffsetDateTime createdAt,
            OffsetDateTime sentAt) {

        /** The moments on the Dutch clock, as the administrator reads them. */
        Mail {
            createdAt = DutchTime.of(createdAt);
            sentAt = sentAt == null ? null : DutchTime.of(sentAt);
        }
    }

    record OutboxPage(boolean smtpSet, List<Mail> mails) {}

    OutboxPage page() {
        SignedInUser user = access.currentUser();
        if (user == null || !user.isGlobalAdmin()) {
            throw new AccessDeniedException("Only global administrators read the outbox");
        }
        return new OutboxPage(
                StringUtils.hasText(smtp.getHost()),
                jdbc.sql("""
                                select id, recipient, subject, body, status, attempts, failure, created_at, sent_at
                                from outgoing_mail order by created_at desc, id desc limit ?""").param(SHOWN).query(Mail.class).list());
    }
}
