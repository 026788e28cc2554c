package nl.ivbplanner.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real SMTP server in the test JVM (GreenMail), on a free port, for the tests that read the mails the app sent.
 * A test class registers it with {@code @DynamicPropertySource}, which gives it an application context of its own.
 */
public final class TestMailServer {

    private static final GreenMail SMTP = start();

    private TestMailServer() {}

    private static GreenMail start() {
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        Runtime.getRuntime().addShutdownHook(new Thread(smtp::stop));
        return smtp;
    }

    public static void register(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", TestMailServer::port);
    }

    /** For an application started with command-line settings: {@code --spring.mail.port=}. */
    public static int port() {
        return SMTP.getSmtp().getPort();
    }

    /** A mail as received: to whom, subject, and its text decoded. */
    public record Received(List<String> to, String subject, String text) {}

    public static List<Received> received() {
        return Arrays.stream(SMTP.getReceivedMessages())
                .map(TestMailServer::read)
                .toList();
    }

    public static void forgetReceived() {
        try {
            SMTP.purgeEmailFromAllMailboxes();
        } catch (Exception purge) {
            throw new IllegalStateException(purge);
        }
    }

    private static Received read(MimeMessage message) {
        try {
            return new Received(
                    Arrays.stream(message.getAllRecipients())
                            .map(Object::toString)
                            .toList(),
                    message.getSubject(),
                    message.getContent().toString());
        } catch (MessagingException | IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }
}
