package nl.ivbplanner.report;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * A narrative section marked 'niet openbaar' (V15) stays in the plan for those who sign in and is left out of every
 * public report. Every test is rolled back.
 */
@IvbIntegrationTest
@Transactional
class NotPublicSectionTest {

    static final String SIGNED_IN = "/gemeenten/wassenaar/kaders/ivb-2024-2027";
    static final String PUBLIC = "/openbaar/wassenaar/kaders/ivb-2024-2027";
    static final String CONFIDENTIAL = "Wat doet de Lokale Kamer in de praktijk?";
    static final String PLAN_2025 = """
            (select p.id from execution_plan p join policy_framework f on f.id = p.framework_id
             where f.slug = 'ivb-2024-2027' and p.year = 2025)""";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @PersistenceContext
    EntityManager entityManager;

    @Test
    void aSectionMarkedNotPublicIsLeftOutOfEveryPublicReportOnly() throws Exception {
        // marked before the plan's first publication: the first public read publishes the seeded plan
        // (ReportPublisher),
        // and a test before this one may have read it already (rolled back at the end)
        jdbc.sql("""
                delete from publication where plan_id =
                    (select p.id from execution_plan p join policy_framework f on f.id = p.framework_id
                     where f.slug = 'ivb-2024-2027' and p.year = 2025)""").update();
        assertThat(signedIn(SIGNED_IN + "/plannen/2025/rapport")).contains(CONFIDENTIAL);
        int marked = jdbc.sql("""
                update narrative_section set not_public = true
                where heading = 'Lokale Kamer in de praktijk' and plan_id =
                    (select p.id from execution_plan p join policy_framework f on f.id = p.framework_id
                     where f.slug = 'ivb-2024-2027' and p.year = 2025)""").update();
        assertThat(marked).isEqualTo(1);

        for (String url : new String[] {
            PUBLIC + "/plannen/2025", PUBLIC + "/plannen/2025/verantwoording", PUBLIC + "/plannen/2025.pdf"
        }) {
            String body = url.endsWith(".pdf")
                    ? PlanReportPdfTest.text(mvc.perform(get(url))
                            .andExpect(status().isOk())
                            .andReturn()
                            .getResponse()
                            .getContentAsByteArray())
                    : publicPage(url);
            body = body.replaceAll("\\s+", " ");
            assertThat(body).as(url).doesNotContain(CONFIDENTIAL).doesNotContain("Lokale Kamer in de praktijk");
            assertThat(body).as(url).contains("Bijlage 1: Lokale Kamer Wassenaar evaluatie 2025");
        }
        for (String url :
                new String[] {SIGNED_IN + "/plannen/2025/rapport", SIGNED_IN + "/plannen/2025/verantwoording"}) {
            assertThat(signedIn(url)).as(url).contains(CONFIDENTIAL);
        }
        assertThat(signedIn(SIGNED_IN + "/plannen/2025")).contains(CONFIDENTIAL, "Niet openbaar");
    }

    @Test
    void councilMembersReadTheSectionInARenderingOfTheirOwnThatIsNeverServedToAnyoneElse() throws Exception {
        jdbc.sql("delete from publication where plan_id = " + PLAN_2025).update();
        jdbc.sql("update narrative_section set not_public = true where heading = 'Lokale Kamer in de praktijk'"
                        + " and plan_id = " + PLAN_2025)
                .update();

        for (String document : new String[] {"/rapport", "/verantwoording"}) {
            String url = SIGNED_IN + "/plannen/2025" + document;
            String page = council(url).getContentAsString();
            assertThat(page)
                    .as(url)
                    .contains(CONFIDENTIAL, "Niet openbaar: deze tekst staat alleen in de versie voor wie is ingelogd")
                    // its PDF and Word links name the council's own files, behind the sign-in
                    .contains("href=\"" + SIGNED_IN + "/plannen/2025" + document.replace("/rapport", "")
                            + "/versies/1.pdf\"");
            assertThat(council(url).getHeader("Cache-Control")).contains("private");
            assertThat(PlanReportPdfTest.text(council(url + ".pdf").getContentAsByteArray())
                            .replaceAll("\\s+", " "))
                    .contains(CONFIDENTIAL);
        }
        assertThat(jdbc.sql("select document || ' ' || number || ' ' || audience from publication where plan_id = "
                                + PLAN_2025 + " order by document, audience desc")
                        .query(String.class)
                        .list())
                .containsExactly(
                        "REPORT 1 PUBLIC", "REPORT 1 COUNCIL", "VERANTWOORDING 1 PUBLIC", "VERANTWOORDING 1 COUNCIL");

        // the numbered versions: the council's rendering behind the sign-in, for who may see the municipality
        for (String version : new String[] {"/versies/1", "/verantwoording/versies/1"}) {
            assertThat(council(SIGNED_IN + "/plannen/2025" + version).getContentAsString())
                    .contains(CONFIDENTIAL);
            assertThat(publicPage(PUBLIC + "/plannen/2025" + version)).doesNotContain(CONFIDENTIAL);
            assertThat(mvc.perform(get(SIGNED_IN + "/plannen/2025" + version).with(as(jdbc, "adviseur.rijswijk")))
                            .andReturn()
                            .getResponse()
                            .getContentAsString())
                    .doesNotContain(CONFIDENTIAL);
        }
    }

    @Test
    void theNarrativeEditorHasTheNotPublicBox() throws Exception {
        String texts = SIGNED_IN + "/plannen/2026/teksten";
        assertThat(signedIn(texts + "/nieuw")).contains("name=\"nietOpenbaar\"", "Niet openbaar");
        mvc.perform(post(texts + "/nieuw")
                        .with(as(jdbc, "adviseur.wassenaar"))
                        .with(csrf())
                        .param("niveau", "2")
                        .param("kop", "Vertrouwelijke aanpak")
                        .param("tekst", "Alleen voor de raad.")
                        .param("nietOpenbaar", "ja")
                        .param("plaats", "eind"))
                .andExpect(status().is3xxRedirection());
        entityManager.flush();
        assertThat(jdbc.sql("select not_public from narrative_section where heading = 'Vertrouwelijke aanpak'")
                        .query(Boolean.class)
                        .single())
                .isTrue();
        long id = jdbc.sql("select id from narrative_section where heading = 'Vertrouwelijke aanpak'")
                .query(Long.class)
                .single();
        assertThat(signedIn(texts + "/" + id + "/bewerken")).containsPattern("name=\"nietOpenbaar\"[^>]*checked");
    }

    private String publicPage(String url) throws Exception {
        return mvc.perform(get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private MockHttpServletResponse council(String url) throws Exception {
        return mvc.perform(get(url).with(as(jdbc, "raadslid.wassenaar")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
    }

    private String signedIn(String url) throws Exception {
        return mvc.perform(get(url).with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
