package nl.ivbplanner.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ivbplanner.mail.MailDelivery;
import nl.ivbplanner.reminder.Reminders;
import nl.ivbplanner.support.Chromium;
import nl.ivbplanner.support.Given;
import nl.ivbplanner.support.IvbIntegrationTest;
import nl.ivbplanner.support.TestMailServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Owners and reminders, in real Chromium with a real SMTP server: a manager assigns three activities of Wassenaar's
 * adopted undermining plan 2026 with due dates; the morning's reminder job, run twice, sends the advisor one mail; the
 * advisor opens "Mijn werk" from the mail's link, records an interim status and comments on the activity; a council
 * member asks a question on the adopted plan, the advisor answers it from "Mijn werk" and the council member reads
 * the answer. Axe checks every page.
 */
@IvbIntegrationTest
class OwnersAndRemindersJourneyBrowserIT {

    private static final String PLAN = "/gemeenten/wassenaar/kaders/ondermijning-2025-2028/plannen/2026";

    /** The server's port is chosen here, so that the links in the mails lead to it. */
    private static final int PORT = freePort();

    @DynamicPropertySource
    static void smtpAndAddress(DynamicPropertyRegistry properties) {
        TestMailServer.register(properties);
        properties.add("server.port", () -> PORT);
        properties.add("ivb.mail.base-url", () -> "http://localhost:" + PORT);
    }

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Reminders reminders;

    @Autowired
    MailDelivery delivery;

    List<Long> activities;

    @BeforeEach
    void adoptThePlan() {
        activities = plan().adopted(LocalDate.of(2026, 2, 10)).activities();
        TestMailServer.forgetReceived();
    }

    @AfterEach
    void putTheSeedBack() {
        jdbc.sql("delete from reminder_sent").update();
        jdbc.sql("delete from outgoing_mail").update();
        jdbc.sql("delete from council_question where plan_id = ?")
                .param(plan().id())
                .update();
        jdbc.sql("delete from activity_comment where activity_id in (:ids)")
                .param("ids", activities)
                .update();
        jdbc.sql("delete from evaluation where activity_id in (:ids)")
                .param("ids", activities)
                .update();
        jdbc.sql("update activity set responsible_user_id = null, deadline = null where id in (:ids)")
                .param("ids", activities)
                .update();
        plan().concept();
    }

    @Test
    void aManagerAssignsTheReminderArrivesOnceAndTheAdvisorDoesTheWork() throws Exception {
        chromium.useServerPort(PORT);
        var driver = chromium.driver;
        long first = activities.get(0);

        chromium.signIn("manager.wassenaar");
        String[] deadlines = {"15-12-2026", "18-12-2026", "30-06-2027"};
        for (int i = 0; i < 3; i++) {
            chromium.open("/gemeenten/wassenaar/activiteiten/" + activities.get(i));
            chromium.press(By.linkText("Verantwoordelijke en termijn"));
            chromium.waitForTitle("Verantwoordelijke en termijn");
            if (i == 0) {
                chromium.assertAccessible("reminders-1-assign");
            }
            driver.findElement(By.id("verantwoordelijke")).sendKeys("Beleidsadviseur Wassenaar");
            driver.findElement(By.id("uiterlijk")).sendKeys(deadlines[i]);
            chromium.press(By.cssSelector("button[type=submit].utrecht-button--primary-action"));
            chromium.wait.until(
                    ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "opgeslagen"));
        }
        assertThat(jdbc.sql("select count(*) from activity where responsible_user_id is not null and id in (:ids)")
                        .param("ids", activities)
                        .query(Integer.class)
                        .single())
                .isEqualTo(3);

        // the morning's job, run twice (as a second instance or the next run would): one mail
        LocalDate morning = LocalDate.of(2026, 12, 7);
        reminders.announce(morning);
        delivery.deliverWaiting();
        reminders.announce(morning);
        delivery.deliverWaiting();
        List<TestMailServer.Received> mails = TestMailServer.received();
        assertThat(mails).hasSize(1);
        String text = mails.get(0).text();
        assertThat(mails.get(0).to()).containsExactly("adviseur.wassenaar@example.org");
        assertThat(text)
                .contains("Activiteit uiterlijk klaar op 15 december 2026")
                .contains("Activiteit uiterlijk klaar op 18 december 2026")
                .doesNotContain("30 juni 2027");

        chromium.signIn("adviseur.wassenaar");
        driver.get(link(text, "Al uw werk staat op Mijn werk: "));
        chromium.waitForTitle("Mijn werk");
        assertThat(chromium.main()).contains("15 december 2026", "Tussenstand 2026");
        chromium.assertAccessible("reminders-2-my-work-from-the-mail");

        chromium.press(By.cssSelector(interimLink(first)));
        chromium.waitForTitle("Evaluatie");
        driver.findElement(By.id("oordeel-" + first + "-YELLOW")).sendKeys(Keys.SPACE);
        driver.findElement(By.id("resultaat-" + first)).sendKeys("Eerste controles gedaan, vervolg in het voorjaar");
        chromium.press(By.id("opslaan-" + first));
        chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rij-" + first), "Opgeslagen"));
        assertThat(jdbc.sql("select moment || ':' || status from evaluation where activity_id = ?")
                        .param(first)
                        .query(String.class)
                        .single())
                .isEqualTo("INTERIM:YELLOW");
        chromium.assertAccessible("reminders-3-interim-status");

        chromium.open("/gemeenten/wassenaar/activiteiten/" + first);
        chromium.press(By.linkText("Reactie plaatsen"));
        chromium.waitForTitle("Reactie plaatsen");
        driver.findElement(By.id("reactie")).sendKeys("Politie levert de cijfers in januari aan.");
        chromium.press(By.cssSelector("button[type=submit].utrecht-button--primary-action"));
        chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("reacties"), "Reacties (1)"));
        assertThat(chromium.main()).contains("Politie levert de cijfers in januari aan.", "Beleidsadviseur Wassenaar");
        chromium.assertAccessible("reminders-4-comment");

        chromium.open("/mijn-werk");
        assertThat(driver.findElements(By.cssSelector(interimLink(first)))).isEmpty();
        assertThat(driver.findElements(By.cssSelector(interimLink(activities.get(1)))))
                .hasSize(1);

        String question = "Hoeveel panden zijn in 2026 gesloten na een Bibob-toets?";
        chromium.signIn("raadslid.wassenaar");
        chromium.open(PLAN);
        chromium.press(By.linkText("Vraag stellen"));
        chromium.waitForTitle("Vraag stellen");
        driver.findElement(By.id("document")).sendKeys(Keys.SPACE);
        driver.findElement(By.id("vraag")).sendKeys(question);
        chromium.press(By.cssSelector("button[type=submit].utrecht-button--primary-action"));
        chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[role=status]"), "Uw vraag is gesteld"));
        assertThat(chromium.main()).contains(question, "Nog niet beantwoord");
        chromium.assertAccessible("reminders-5-council-question");

        chromium.signIn("adviseur.wassenaar");
        chromium.open("/mijn-werk");
        chromium.press(By.linkText(question));
        chromium.waitForTitle("Vraag beantwoorden");
        String answer = "Vier panden; de burgemeester sloot ze na een negatief Bibob-advies.";
        driver.findElement(By.id("antwoord")).sendKeys(answer);
        chromium.press(By.cssSelector("button[type=submit].utrecht-button--primary-action"));
        chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[role=status]"), "Antwoord opgeslagen"));

        chromium.signIn("raadslid.wassenaar");
        chromium.open(PLAN);
        assertThat(chromium.main())
                .contains(question, answer, "Antwoord van Beleidsadviseur Wassenaar")
                .doesNotContain("Nog niet beantwoord");
        chromium.assertAccessible("reminders-6-council-reads-the-answer");
    }

    private static String interimLink(long activity) {
        return "table.app-open-work a[href$='moment=tussentijds#rij-" + activity + "']";
    }

    /** The address on the line of the mail that starts with {@code label}. */
    private static String link(String mail, String label) {
        Matcher line = Pattern.compile(Pattern.quote(label) + "(\\S+)").matcher(mail);
        assertThat(line.find()).as("a line '" + label + "' in the mail").isTrue();
        return line.group(1);
    }

    private Given.Plan plan() {
        return Given.in(jdbc).plan("ondermijning-2025-2028", 2026);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException none) {
            throw new IllegalStateException(none);
        }
    }
}
