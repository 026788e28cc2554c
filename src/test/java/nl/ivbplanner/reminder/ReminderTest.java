package nl.ivbplanner.reminder;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.ivbplanner.mail.MailDelivery;
import nl.ivbplanner.support.Given;
import nl.ivbplanner.support.IvbIntegrationTest;
import nl.ivbplanner.support.TestMailServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The reminders, read from a real SMTP server: a manager assigns activities with deadlines, the morning's run sends the
 * advisor one Dutch mail with everything due and its links, and the next run sends nothing again; a later day brings
 * what became due since. Reminders switched off by the user or the municipality are not sent; a KPI's measurement is
 * announced to its responsible person; two instances announcing at once send one mail.
 */
@IvbIntegrationTest
class ReminderTest {

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry properties) {
        TestMailServer.register(properties);
    }

    private static final LocalDate ADOPTED = LocalDate.of(2026, 2, 10);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Reminders reminders;

    @Autowired
    MailDelivery delivery;

    @BeforeEach
    void nothingAssignedOrSent() {
        jdbc.sql("delete from reminder_sent").update();
        jdbc.sql("delete from outgoing_mail").update();
        jdbc.sql(
                        "update activity set responsible_user_id = null, deadline = null where responsible_user_id is not null")
                .update();
        jdbc.sql("update kpi set responsible_user_id = null where responsible_user_id is not null")
                .update();
        jdbc.sql("update app_user set reminders_enabled = true").update();
        jdbc.sql("update reminder_settings set enabled = true, days_before = 14")
                .update();
        TestMailServer.forgetReceived();
    }

    @Test
    void theAdvisorGetsOneMailWithWhatIsDueAndTheNextRunSendsItNotAgain() throws Exception {
        List<Long> activities = Given.in(jdbc)
                .plan("ondermijning-2025-2028", 2026)
                .adopted(ADOPTED)
                .activities();
        assign(activities.get(0), "adviseur.wassenaar", "15-12-2026");
        assign(activities.get(1), "adviseur.wassenaar", "20-12-2026");
        assign(activities.get(2), "adviseur.wassenaar", "31-03-2027");

        assertThat(run(LocalDate.of(2026, 12, 7))).isEqualTo(1);

        List<TestMailServer.Received> mails = TestMailServer.received();
        assertThat(mails).hasSize(1);
        TestMailServer.Received mail = mails.get(0);
        assertThat(mail.to()).containsExactly("adviseur.wassenaar@example.org");
        assertThat(mail.subject()).isEqualTo("Herinnering IVB Planner: 5 punten voor u");
        assertThat(mail.text())
                .startsWith("Beste Beleidsadviseur Wassenaar,")
                .contains("Activiteit uiterlijk klaar op 15 december 2026: " + title(activities.get(0)))
                .contains("Activiteit uiterlijk klaar op 20 december 2026: " + title(activities.get(1)))
                .doesNotContain("31 maart 2027")
                .contains("Tussenstand gevraagd uiterlijk 1 juli 2026: " + title(activities.get(2)) + " (verlopen)")
                .contains("http://localhost:8080/gemeenten/wassenaar/activiteiten/" + activities.get(0))
                .contains("http://localhost:8080/gemeenten/wassenaar/kaders/ondermijning-2025-2028/plannen/2026"
                        + "/evaluatie?moment=tussentijds#rij-" + activities.get(2))
                .contains("Al uw werk staat op Mijn werk: http://localhost:8080/mijn-werk")
                .contains("Zet ze uit op http://localhost:8080/mijn-werk#herinneringen");

        assertThat(run(LocalDate.of(2026, 12, 7))).isZero();
        assertThat(run(LocalDate.of(2026, 12, 8))).isZero();
        assertThat(TestMailServer.received()).hasSize(1);

        assertThat(run(LocalDate.of(2027, 3, 20))).isEqualTo(1);
        TestMailServer.Received later = TestMailServer.received().get(1);
        assertThat(later.subject()).isEqualTo("Herinnering IVB Planner: 4 punten voor u");
        assertThat(later.text())
                .contains("Activiteit uiterlijk klaar op 31 maart 2027: " + title(activities.get(2)))
                .contains("Eindoordeel over 2026 gevraagd vanaf 1 februari 2027: " + title(activities.get(0)))
                .doesNotContain("Tussenstand");
        assertThat(jdbc.sql("select status from outgoing_mail")
                        .query(String.class)
                        .list())
                .containsOnly("SENT");
    }

    @Test
    void noMailForAUserWhoSwitchedRemindersOffNorInAMunicipalityThatSendsNone() throws Exception {
        long activity = Given.in(jdbc)
                .plan("ondermijning-2025-2028", 2026)
                .adopted(ADOPTED)
                .activities()
                .get(0);
        assign(activity, "adviseur.wassenaar", "15-12-2026");
        mvc.perform(post("/mijn-werk/herinneringen")
                        .with(as(jdbc, "adviseur.wassenaar"))
                        .with(csrf())
                        .param("aan", "nee"))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/mijn-werk", "adviseur.wassenaar")).contains("U krijgt geen herinneringen per e-mail");

        assertThat(run(LocalDate.of(2026, 12, 7))).isZero();

        mvc.perform(post("/mijn-werk/herinneringen")
                        .with(as(jdbc, "adviseur.wassenaar"))
                        .with(csrf())
                        .param("aan", "ja"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/gemeenten/wassenaar/herinneringen")
                        .with(as(jdbc, "manager.wassenaar"))
                        .with(csrf())
                        .param("dagenVooraf", "14")
                        .param("tussenstand", "01-07")
                        .param("metingen", "15-01")
                        .param("eindoordeel", "01-02")
                        .param("version", settingsVersion("wassenaar")))
                .andExpect(status().is3xxRedirection());

        assertThat(run(LocalDate.of(2026, 12, 7))).isZero();
        assertThat(TestMailServer.received()).isEmpty();
    }

    @Test
    void aKpisMeasurementIsAnnouncedToItsResponsiblePersonBeforeItsDate() throws Exception {
        Plan plan = planWithKpis();
        Given.in(jdbc).plan(plan.id()).adopted(ADOPTED);
        mvc.perform(post(plan.url() + "/kpis/" + plan.kpi() + "/verantwoordelijke")
                        .with(as(jdbc, "manager." + plan.municipality()))
                        .with(csrf())
                        .param("verantwoordelijke", String.valueOf(userId("adviseur." + plan.municipality())))
                        .param(
                                "version",
                                String.valueOf(jdbc.sql("select version from kpi where id = ?")
                                        .param(plan.kpi())
                                        .query(Long.class)
                                        .single())))
                .andExpect(status().is3xxRedirection());
        assertThat(page(plan.url() + "/kpis/" + plan.kpi() + "/metingen", "adviseur." + plan.municipality()))
                .contains("Beleidsadviseur");
        assertThat(page("/mijn-werk", "adviseur." + plan.municipality()))
                .contains("KPI-meting 2026", "15 januari 2027", plan.url() + "/kpis/" + plan.kpi() + "/metingen");

        assertThat(run(LocalDate.of(2026, 12, 31))).isZero();
        assertThat(run(LocalDate.of(2027, 1, 1))).isEqualTo(1);

        assertThat(TestMailServer.received().get(0).text())
                .contains("KPI-meting over 2026 uiterlijk 15 januari 2027: " + plan.kpiName())
                .contains("http://localhost:8080" + plan.url() + "/kpis/" + plan.kpi() + "/metingen");
    }

    @Test
    void someoneWhoBecameACouncilMemberIsToldNothingMoreOfThePlans() throws Exception {
        long activity = Given.in(jdbc)
                .plan("ondermijning-2025-2028", 2026)
                .adopted(ADOPTED)
                .activities()
                .get(0);
        assign(activity, "adviseur.wassenaar", "15-12-2026");
        jdbc.sql("update app_user set role = 'COUNCIL' where username = 'adviseur.wassenaar'")
                .update();
        try {
            assertThat(run(LocalDate.of(2026, 12, 7))).isZero();
            assertThat(TestMailServer.received()).isEmpty();
        } finally {
            jdbc.sql("update app_user set role = 'ADVISOR' where username = 'adviseur.wassenaar'")
                    .update();
        }
    }

    @Test
    void twoInstancesAnnouncingAtOnceSendOneMail() throws Exception {
        long activity = Given.in(jdbc)
                .plan("ondermijning-2025-2028", 2026)
                .adopted(ADOPTED)
                .activities()
                .get(0);
        assign(activity, "adviseur.wassenaar", "15-12-2026");
        CyclicBarrier together = new CyclicBarrier(2);
        Callable<Integer> announce = () -> {
            together.await();
            return reminders.announce(LocalDate.of(2026, 12, 7));
        };
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> first = instances.submit(announce);
            Future<Integer> second = instances.submit(announce);
            assertThat(first.get() + second.get()).isEqualTo(1);
        } finally {
            instances.shutdown();
        }
        delivery.deliverWaiting();

        assertThat(TestMailServer.received()).hasSize(1);
        assertThat(jdbc.sql("select count(*) from reminder_sent")
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    private int run(LocalDate today) {
        int mails = reminders.announce(today);
        delivery.deliverWaiting();
        return mails;
    }

    private void assign(long activity, String person, String deadline) throws Exception {
        mvc.perform(post("/gemeenten/wassenaar/activiteiten/" + activity + "/toewijzen")
                        .with(as(jdbc, "manager.wassenaar"))
                        .with(csrf())
                        .param("verantwoordelijke", String.valueOf(userId(person)))
                        .param("uiterlijk", deadline)
                        .param(
                                "version",
                                String.valueOf(jdbc.sql("select version from activity where id = ?")
                                        .param(activity)
                                        .query(Long.class)
                                        .single())))
                .andExpect(status().is3xxRedirection());
    }

    private String page(String path, String user) throws Exception {
        return mvc.perform(get(path).with(as(jdbc, user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private long userId(String username) {
        return jdbc.sql("select id from app_user where username = ?")
                .param(username)
                .query(Long.class)
                .single();
    }

    private String title(long activity) {
        return jdbc.sql("select title from activity where id = ?")
                .param(activity)
                .query(String.class)
                .single();
    }

    private String settingsVersion(String municipality) {
        return jdbc.sql("""
                        select s.version from reminder_settings s join municipality m on m.id = s.municipality_id
                        where m.slug = ?""").param(municipality).query(String.class).single();
    }

    private record Plan(long id, String municipality, String framework, long kpi, String kpiName) {
        String url() {
            return "/gemeenten/" + municipality + "/kaders/" + framework + "/plannen/2026";
        }
    }

    private Plan planWithKpis() {
        return jdbc.sql("""
                        select p.id, m.slug as municipality, f.slug as framework, k.id as kpi, k.name as kpi_name
                        from kpi k join execution_plan p on p.id = k.plan_id
                        join policy_framework f on f.id = p.framework_id join municipality m on m.id = f.municipality_id
                        where p.year = 2026 and not exists (select 1 from measurement x where x.kpi_id = k.id and x.year = 2026)
                        order by k.id limit 1""").query(Plan.class).single();
    }
}
