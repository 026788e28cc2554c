package nl.ivbplanner.publication;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.ivbplanner.support.Given;
import nl.ivbplanner.support.IvbIntegrationTest;
import nl.ivbplanner.support.PageText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's versions over its year: adopted, evaluated, reopened and adopted again, each decision a version of its own
 * that stays readable; seeded plans get theirs on the first read (rolled back after each test).
 */
@IvbIntegrationTest
@Transactional
class PlanVersionsTest {

    static final String PLAN = PublishOnAdoptionTest.PLAN;
    static final String PUBLIC = "/openbaar/wassenaar/kaders/ivb-2024-2027/plannen/2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    /** 'Today' as the application sees it: a Dutch day (after 23:00 UTC in winter, the next one). */
    @Autowired
    Clock clock;

    /** The test's transaction spans the requests: flush what they changed before reading it with SQL. */
    @PersistenceContext
    EntityManager entityManager;

    @Test
    void closingTheEvaluationAndAdoptingAgainAfterReopeningEachPublishAVersion() throws Exception {
        PublishOnAdoptionTest.adopt(mvc, jdbc, "3-2-2026");
        Given.in(jdbc).plan("ivb-2024-2027", 2026).judgedAtYearEnd("GREEN", null);
        mvc.perform(post(PLAN + "/evaluatie/afsluiten")
                        .with(as(jdbc, "manager.wassenaar"))
                        .with(csrf()))
                .andExpect(redirectedUrl(PLAN));
        assertThat(versions()).containsExactly("1 VASTGESTELD 2026-02-03", "2 GEEVALUEERD " + LocalDate.now(clock));
        assertThat(mvc.perform(get(PUBLIC)).andReturn().getResponse().getContentAsString())
                .contains("Samenvatting van de oordelen", "versies/2.pdf");
        // closing the evaluation also publishes the year's verantwoording (no plan 2027 yet: deel 1 only)
        assertThat(jdbc.sql("select number || ' ' || kind || ' ' || audience from publication where plan_id = "
                                + PublishOnAdoptionTest.PLAN_ID + " and document = 'VERANTWOORDING'")
                        .query(String.class)
                        .list())
                .containsExactly("1 GEEVALUEERD PUBLIC");
        mvc.perform(get(PUBLIC + "/verantwoording")).andExpect(status().isOk());

        reopen("Oordeel over de cameraproef herzien");
        reopen("Motie van de raad verwerken");
        // a concept again: nothing current to read, but what was published stays at its own address
        mvc.perform(get(PUBLIC)).andExpect(status().isNotFound());
        mvc.perform(get(PUBLIC + ".pdf")).andExpect(status().isNotFound());
        mvc.perform(get(PUBLIC + "/versies/2")).andExpect(status().isOk());
        mvc.perform(get(PUBLIC + "/verantwoording")).andExpect(status().isNotFound());
        mvc.perform(get(PUBLIC + "/verantwoording/versies/1")).andExpect(status().isOk());

        PublishOnAdoptionTest.adopt(mvc, jdbc, "10-3-2026");
        assertThat(versions())
                .containsExactly(
                        "1 VASTGESTELD 2026-02-03",
                        "2 GEEVALUEERD " + LocalDate.now(clock),
                        "3 VASTGESTELD 2026-03-10");
        List<String> hashes = jdbc.sql("select html_sha256 from publication where plan_id = "
                        + PublishOnAdoptionTest.PLAN_ID + " and document = 'REPORT' order by number")
                .query(String.class)
                .list();
        assertThat(hashes).doesNotHaveDuplicates();
        for (int number = 1; number <= 3; number++) {
            String etag = mvc.perform(get(PUBLIC + "/versies/" + number))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getHeader("ETag");
            assertThat(etag).isEqualTo("\"" + hashes.get(number - 1) + "\"");
            mvc.perform(get(PUBLIC + "/versies/" + number + ".pdf")).andExpect(status().isOk());
        }
        assertThat(mvc.perform(get(PUBLIC)).andReturn().getResponse().getHeader("ETag"))
                .isEqualTo("\"" + hashes.get(2) + "\"");
    }

    @Test
    void thePlanPageListsItsVersionsEachWithItsPageAndPdf() throws Exception {
        PublishOnAdoptionTest.adopt(mvc, jdbc, "3-2-2026");
        Given.in(jdbc).plan("ivb-2024-2027", 2026).judgedAtYearEnd("GREEN", null);
        mvc.perform(post(PLAN + "/evaluatie/afsluiten")
                        .with(as(jdbc, "manager.wassenaar"))
                        .with(csrf()))
                .andExpect(redirectedUrl(PLAN));
        String manager = jdbc.sql("select display_name from app_user where username = 'manager.wassenaar'")
                .query(String.class)
                .single();

        String page = PageText.of(mvc.perform(get(PLAN).with(as(jdbc, "raadslid.wassenaar")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        String html = mvc.perform(get(PLAN).with(as(jdbc, "raadslid.wassenaar")))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("Gepubliceerde versies")
                .contains("Versie 1: vastgesteld op 3 februari 2026 door " + manager)
                .contains("Versie 2: geëvalueerd op "
                        + LocalDate.now(clock)
                                .format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl")))
                        + " door " + manager);
        assertThat(page.indexOf("Versie 2:")).isLessThan(page.indexOf("Versie 1:"));
        assertThat(html)
                .contains("href=\"" + PLAN + "/versies/1\"", "href=\"" + PLAN + "/versies/1.pdf\"")
                .contains("href=\"" + PLAN + "/versies/2\"", "href=\"" + PLAN + "/versies/2.pdf\"")
                .contains("href=\"" + PLAN + "/versies/1.docx\"");
        mvc.perform(get(PLAN + "/versies/2.pdf").with(as(jdbc, "raadslid.wassenaar")))
                .andExpect(status().isOk());
    }

    @Test
    void aPlanWithoutVersionsListsNone() throws Exception {
        mvc.perform(get(PLAN).with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Gepubliceerde versies"))));
    }

    @Test
    void aSeededEvaluatedPlanIsPublishedOnItsFirstReadBySysteemAndOnlyOnce() throws Exception {
        String plan2025 = """
                (select p.id from execution_plan p join policy_framework f on f.id = p.framework_id
                 where f.slug = 'ivb-2024-2027' and p.year = 2025)""";
        // as the seeds have it: whatever another test published is taken away within this test's transaction
        jdbc.sql("delete from publication where plan_id = " + plan2025).update();

        String first = mvc.perform(get("/openbaar/wassenaar/kaders/ivb-2024-2027/plannen/2025"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        mvc.perform(get("/openbaar/wassenaar/kaders/ivb-2024-2027/plannen/2025.pdf"))
                .andExpect(status().isOk());
        mvc.perform(get("/gemeenten/wassenaar/kaders/ivb-2024-2027/plannen/2025/rapport")
                        .with(as(jdbc, "raadslid.wassenaar")))
                .andExpect(status().isOk());

        assertThat(jdbc.sql("""
                select number || ' ' || kind || ' ' || published_by || ' ' || coalesce(published_by_user_id::text, '-')
                from publication where plan_id =\s""" + plan2025).query(String.class).list()).containsExactly("1 GEEVALUEERD systeem -");
        // the seed has no evaluation date: the list does not pass the publication day off as one
        assertThat(mvc.perform(get("/gemeenten/wassenaar/kaders/ivb-2024-2027/plannen/2025")
                                .with(as(jdbc, "raadslid.wassenaar")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Versie 1: geëvalueerd (datum niet vastgelegd), gepubliceerd op ")
                .doesNotContain("Versie 1: geëvalueerd op ");
        assertThat(first)
                .isEqualTo("\""
                        + jdbc.sql("select html_sha256 from publication where plan_id = " + plan2025)
                                .query(String.class)
                                .single()
                        + "\"");
    }

    @Test
    void aPlanEvaluatedWithoutTheApplicationGetsItsEvaluationOnTheFirstRead() throws Exception {
        PublishOnAdoptionTest.adopt(mvc, jdbc, "3-2-2026");
        Given.in(jdbc)
                .plan("ivb-2024-2027", 2026)
                .judgedAtYearEnd("GREEN", null)
                .evaluated(LocalDate.of(2026, 2, 3), LocalDate.of(2027, 1, 20));

        mvc.perform(get(PUBLIC)).andExpect(status().isOk());

        assertThat(versions()).containsExactly("1 VASTGESTELD 2026-02-03", "2 GEEVALUEERD 2027-01-20");
    }

    private void reopen(String reason) throws Exception {
        mvc.perform(post(PLAN + "/heropenen")
                        .with(as(jdbc, "manager.wassenaar"))
                        .with(csrf())
                        .param("reden", reason))
                .andExpect(redirectedUrl(PLAN));
        entityManager.flush();
    }

    private List<String> versions() {
        return jdbc.sql("select number || ' ' || kind || ' ' || decided_on from publication where plan_id = "
                        + PublishOnAdoptionTest.PLAN_ID + " and document = 'REPORT' order by number")
                .query(String.class)
                .list();
    }
}
