package nl.ivbplanner.mail;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import nl.ivbplanner.common.DutchDates;
import nl.ivbplanner.common.DutchTime;
import nl.ivbplanner.reminder.Reminders;
import nl.ivbplanner.support.Given;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * Without an SMTP server (the local default) a reminder is kept in the outbox, not sent, and the administrator reads it
 * there with its text; nobody else may. The administrator sends today's reminders at once, not from a page of another
 * day.
 */
@IvbIntegrationTest
@Transactional
class OutboxTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Reminders reminders;

    @Autowired
    MailDelivery delivery;

    @PersistenceContext
    EntityManager entities;

    /** The Wassenaar advisor answers for the activity, due by the deadline. */
    private void assign(long activity, LocalDate deadline) throws Exception {
        mvc.perform(post("/gemeenten/wassenaar/activiteiten/" + activity + "/toewijzen")
                        .with(as(jdbc, "manager.wassenaar"))
                        .with(csrf())
                        .param(
                                "verantwoordelijke",
                                String.valueOf(jdbc.sql("select id from app_user where username = 'adviseur.wassenaar'")
                                        .query(Long.class)
                                        .single()))
                        .param("uiterlijk", DutchDates.FORMAT.format(deadline))
                        .param(
                                "version",
                                String.valueOf(jdbc.sql("select version from activity where id = ?")
                                        .param(activity)
                                        .query(Long.class)
                                        .single())))
                .andExpect(status().is3xxRedirection());
        entities.flush();
    }

    @Test
    void withoutAnSmtpServerTheReminderStaysInTheOutboxForTheAdministrator() throws Exception {
        long activity = Given.in(jdbc)
                .plan("ondermijning-2025-2028", 2026)
                .adopted(LocalDate.of(2026, 2, 10))
                .activities()
                .get(0);
        assign(activity, LocalDate.of(2026, 12, 15));

        assertThat(reminders.announce(LocalDate.of(2026, 12, 7))).isEqualTo(1);
        delivery.deliverWaiting();

        assertThat(jdbc.sql("select status || ' ' || recipient from outgoing_mail")
                        .query(String.class)
                        .list())
                .containsExactly("OUTBOX adviseur.wassenaar@example.org");
        String outbox = mvc.perform(get("/beheer/uitgaande-mail").with(as(jdbc, "beheerder")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(outbox)
                .contains("Er is geen mailserver ingesteld")
                .contains("adviseur.wassenaar@example.org")
                .contains("Herinnering IVB Planner: 2 punten voor u")
                .contains("Niet verstuurd (geen mailserver)")
                .contains("Activiteit uiterlijk klaar op 15 december 2026");
        for (String user : new String[] {"manager.wassenaar", "adviseur.wassenaar", "raadslid.wassenaar"}) {
            mvc.perform(get("/beheer/uitgaande-mail").with(as(jdbc, user))).andExpect(status().isForbidden());
        }
    }

    @Test
    void theAdministratorSendsTodaysRemindersAtOnceButNotFromAPageOfAnotherDay() throws Exception {
        assign(
                Given.in(jdbc)
                        .plan("ondermijning-2025-2028", 2026)
                        .adopted(LocalDate.of(2026, 2, 10))
                        .activities()
                        .get(0),
                LocalDate.now(DutchTime.ZONE).plusDays(3));
        String today = LocalDate.now(DutchTime.ZONE).toString();

        mvc.perform(post("/beheer/uitgaande-mail/herinneringen")
                        .with(as(jdbc, "beheerder"))
                        .with(csrf())
                        .param("dag", LocalDate.now(DutchTime.ZONE).minusDays(1).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Deze pagina was van een andere dag")));
        assertThat(mails()).isZero();

        mvc.perform(post("/beheer/uitgaande-mail/herinneringen")
                        .with(as(jdbc, "adviseur.wassenaar"))
                        .with(csrf())
                        .param("dag", today))
                .andExpect(status().isForbidden());
        assertThat(mails()).isZero();

        mvc.perform(post("/beheer/uitgaande-mail/herinneringen")
                        .with(as(jdbc, "beheerder"))
                        .with(csrf())
                        .param("dag", today))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("messageArguments", List.of(1)));
        assertThat(mails()).isOne();
    }

    private int mails() {
        entities.flush();
        return jdbc.sql("select count(*) from outgoing_mail")
                .query(Integer.class)
                .single();
    }
}
