package nl.ivbplanner.mail;

/** Where a mail is: kept in the outbox (no SMTP server set), waiting, delivered to the server, or given up. */
enum MailStatus {
    OUTBOX,
    PENDING,
    SENT,
    FAILED
}
