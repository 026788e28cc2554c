package nl.ivbplanner.publication;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** A manager adopts Wassenaar's concept plan 2026: its report is published with the decision (rolled back after). */
@IvbIntegrationTest
@Transactional
class PublishOnAdoptionTest {

    static final String PLAN = "/gemeenten/wassenaar/kaders/ivb-2024-2027/plannen/2026";

    /** Wassenaar's plan 2026, in SQL; other tests may have published other plans in the shared database. */
    static final String PLAN_ID = """
            (select p.id from execution_plan p join policy_framework f on f.id = p.framework_id
             where f.slug = 'ivb-2024-2027' and p.year = 2026)""";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void adoptingPublishesTheReportAsHtmlAndPdfWithTheirHashesTheLegendAndWhoDidIt() throws Exception {
        assertThat(versions()).isZero();

        adopt(mvc, jdbc, "3-2-2026");

        Map<String, Object> version = jdbc.sql("""
                select v.number, v.kind, v.decided_on::text as decided_on, v.title, v.html, v.html_sha256, v.pdf,
                       v.pdf_sha256, v.docx, v.docx_sha256, v.published_by, u.username, v.style_sources
                from publication v join app_user u on u.id = v.published_by_user_id
                where v.plan_id =\s""" + PLAN_ID).query().singleRow();
        assertThat(version)
                .containsEntry("number", 1)
                .containsEntry("kind", "VASTGESTELD")
                .containsEntry("decided_on", "2026-02-03")
                .containsEntry("username", "manager.wassenaar");
        assertThat((String) version.get("published_by")).isNotBlank().isNotEqualTo("systeem");
        byte[] html = (byte[]) version.get("html");
        byte[] pdf = (byte[]) version.get("pdf");
        assertThat(version.get("html_sha256")).isEqualTo(PublicationRepository.sha256(html));
        assertThat(version.get("pdf_sha256")).isEqualTo(PublicationRepository.sha256(pdf));
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        byte[] docx = (byte[]) version.get("docx");
        assertThat(version.get("docx_sha256")).isEqualTo(PublicationRepository.sha256(docx));
        assertThat(new String(docx, 0, 2, StandardCharsets.US_ASCII))
                .as("a Word file is a zip")
                .isEqualTo("PK");

        String page = new String(html, StandardCharsets.UTF_8);
        // self-contained: the stylesheets inlined, so a later deploy cannot change or break its look
        assertThat(page)
                .doesNotContain("rel=\"stylesheet\"")
                .contains("<style>", "<style media=\"print\">", "Vastgesteld", "3 februari 2026")
                // in Dutch, and its PDF link names this version's own PDF
                .contains("lang=\"nl\"")
                .contains("href=\"/openbaar/wassenaar/kaders/ivb-2024-2027/plannen/2026/versies/1.pdf\"")
                .doesNotContain("/gemeenten/");
        assertThat(((String) version.get("style_sources")).split(" "))
                .hasSize(3)
                .allMatch(s -> s.startsWith("'sha256-"));

        List<String> legend = jdbc.sql("""
                select l.status || '=' || l.label from publication_legend l join publication v on v.id = l.publication_id
                where v.plan_id =\s""" + PLAN_ID + " order by l.status")
                .query(String.class)
                .list();
        List<String> live = jdbc.sql("""
                select status || '=' || label from status_legend
                where municipality_id = (select id from municipality where slug = 'wassenaar') order by status""").query(String.class).list();
        assertThat(legend).hasSize(4).isEqualTo(live);
    }

    @Test
    void aPublishedVersionCannotBeChanged() throws Exception {
        adopt(mvc, jdbc, "3-2-2026");

        for (String update :
                new String[] {"update publication set title = 'Anders'", "update publication_legend set label = 'A'"}) {
            // the refusal aborts the test's transaction: go back to before it for the next statement
            jdbc.sql("savepoint before_update").update();
            assertThatThrownBy(() -> jdbc.sql(update).update())
                    .hasMessageContaining("a published version is never changed");
            jdbc.sql("rollback to savepoint before_update").update();
        }
    }

    @Test
    void aManagerWithAnEnglishInterfacePublishesTheDutchDocument() throws Exception {
        Cookie english = new Cookie("ivb-taal", "en");
        assertThat(mvc.perform(get(PLAN + "/rapport")
                                .with(as(jdbc, "manager.wassenaar"))
                                .cookie(english))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("lang=\"en\"");

        mvc.perform(post(PLAN + "/vaststellen")
                        .with(as(jdbc, "manager.wassenaar"))
                        .with(csrf())
                        .cookie(english)
                        .param("besluitdatum", "3-2-2026"))
                .andExpect(redirectedUrl(PLAN));

        String page = new String(
                jdbc.sql("select html from publication where plan_id = " + PLAN_ID)
                        .query((rs, row) -> rs.getBytes(1))
                        .single(),
                StandardCharsets.UTF_8);
        assertThat(page)
                .contains("lang=\"nl\"", "Vastgesteld op", "3 februari 2026")
                .doesNotContain("lang=\"en\"");
    }

    static void adopt(MockMvc mvc, JdbcClient jdbc, String date) throws Exception {
        mvc.perform(post(PLAN + "/vaststellen")
                        .with(as(jdbc, "manager.wassenaar"))
                        .with(csrf())
                        .param("besluitdatum", date))
                .andExpect(redirectedUrl(PLAN));
    }

    private int versions() {
        return jdbc.sql("select count(*) from publication where plan_id = " + PLAN_ID)
                .query(Integer.class)
                .single();
    }
}
