package nl.ivbplanner.reminder;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.ivbplanner.mywork.DueWork;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The text of a reminder: plain text in Dutch, one line per thing due with the address that opens it, then the way to
 * "Mijn werk" and to switching reminders off. Addresses start at {@code ivb.mail.base-url}, the address users reach the
 * app at.
 */
@Component
class ReminderMail {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);

    private final MessageSource messages;
    private final String baseUrl;

    ReminderMail(MessageSource messages, @Value("${ivb.mail.base-url}") String baseUrl) {
        this.messages = messages;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    record Text(String subject, String body) {}

    Text of(String recipientName, List<DueWork.Item> items, LocalDate today) {
        StringBuilder body = new StringBuilder()
                .append(text("reminder.mail.greeting", recipientName))
                .append("\n\n")
                .append(text("reminder.mail.intro"))
                .append("\n");
        for (DueWork.Item item : items) {
            body.append("\n- ")
                    .append(text(
                            "reminder.mail.item." + item.kind(),
                            DAY.format(item.dueOn()),
                            item.title(),
                            item.planYear()));
            // a year-end verdict is asked from its day on: later is not late
            if (item.kind() != DueWork.Kind.YEAR_END && item.dueOn().isBefore(today)) {
                body.append(' ').append(text("reminder.mail.overdue"));
            }
            body.append("\n  ")
                    .append(item.planTitle())
                    .append("\n  ")
                    .append(baseUrl)
                    .append(item.path())
                    .append("\n");
        }
        body.append("\n")
                .append(text("reminder.mail.my-work", baseUrl + "/mijn-werk"))
                .append("\n")
                .append(text("reminder.mail.switch-off", baseUrl + "/mijn-werk#herinneringen"))
                .append("\n\n")
                .append(text("reminder.mail.closing"))
                .append("\n");
        return new Text(text("reminder.mail.subject", items.size()), body.toString());
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, DUTCH);
    }
}
