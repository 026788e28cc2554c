package nl.ivbplanner.publication;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import nl.ivbplanner.support.IvbIntegrationTest;
import nl.ivbplanner.support.SqlStatementCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published versions are sent from the store: the stored bytes, the hash as a strong ETag, a 304 without body for a
 * reader who has them, cache headers by address, and no rendering on a read (rolled back after each test).
 */
@IvbIntegrationTest
@Transactional
class PublishedVersionServingTest {

    static final String PUBLIC = "/openbaar/wassenaar/kaders/ivb-2024-2027/plannen/2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SqlStatementCounter statements;

    Map<String, Object> stored;

    @BeforeEach
    void adopt() throws Exception {
        PublishOnAdoptionTest.adopt(mvc, jdbc, "3-2-2026");
        stored = jdbc.sql("select html, html_sha256, pdf, pdf_sha256, style_sources from publication where plan_id = "
                        + PublishOnAdoptionTest.PLAN_ID)
                .query()
                .singleRow();
    }

    @Test
    void servesTheStoredBytesWithTheirHashAsETagAndA304ToAReaderWhoHasThem() throws Exception {
        for (String file : new String[] {"html", "pdf"}) {
            String path = file.equals("html") ? PUBLIC : PUBLIC + ".pdf";
            String etag = "\"" + stored.get(file + "_sha256") + "\"";

            MockHttpServletResponse first = read(get(path), 200);
            assertThat(first.getContentAsByteArray()).isEqualTo((byte[]) stored.get(file));
            assertThat(first.getHeader("ETag")).isEqualTo(etag);
            assertThat(first.getHeader("Cache-Control")).isEqualTo("max-age=300, must-revalidate, public");

            MockHttpServletResponse again = read(get(path).header("If-None-Match", etag), 304);
            assertThat(again.getContentAsByteArray()).isEmpty();
            assertThat(again.getHeader("ETag")).isEqualTo(etag);

            // an ETag of something else, or of another file, gets the file
            read(get(path).header("If-None-Match", "\"0123\""), 200);
        }
        assertThat(read(get(PUBLIC + ".pdf"), 200).getHeader("Content-Disposition"))
                .isEqualTo("inline; filename=\"wassenaar-ivb-2024-2027-2026-versie-1.pdf\"");
    }

    @Test
    void thePageIsAllowedExactlyItsInlinedStyles() throws Exception {
        String policy = read(get(PUBLIC), 200).getHeader("Content-Security-Policy");
        assertThat(policy)
                .contains("style-src 'self' " + stored.get("style_sources") + ";")
                .contains("script-src 'self';", "frame-ancestors 'none'");
    }

    @Test
    void rendersNothingOnARead() throws Exception {
        int firstRead = statements.count(() -> read(get(PUBLIC + ".pdf"), 200));
        int cachedRead = statements.count(() ->
                read(get(PUBLIC + ".pdf").header("If-None-Match", "\"" + stored.get("pdf_sha256") + "\""), 304));
        int keptRead = statements.count(() -> read(get(PUBLIC + ".pdf"), 200));
        // the plan's header, its current version and (the first time only) its bytes, kept in memory by their hash;
        // rendering the report reads far more
        assertThat(firstRead).isEqualTo(3);
        assertThat(cachedRead).isEqualTo(2);
        assertThat(keptRead).isEqualTo(2);
        // and the PDF is the stored one, not a new rendering (which would differ in its creation date and ids)
        assertThat(read(get(PUBLIC + ".pdf"), 200).getContentAsByteArray()).isEqualTo((byte[]) stored.get("pdf"));
    }

    @Test
    void eachVersionHasItsOwnAddressCachedForGood() throws Exception {
        for (String path : new String[] {PUBLIC + "/versies/1", PUBLIC + "/versies/1.pdf"}) {
            MockHttpServletResponse answer = read(get(path), 200);
            assertThat(answer.getContentAsByteArray())
                    .isEqualTo((byte[]) stored.get(path.endsWith(".pdf") ? "pdf" : "html"));
            assertThat(answer.getHeader("Cache-Control")).isEqualTo("max-age=31536000, public, immutable");
        }
        String signedIn = "/gemeenten/wassenaar/kaders/ivb-2024-2027/plannen/2026/versies/1";
        MockHttpServletResponse answer = read(get(signedIn).with(as(jdbc, "raadslid.wassenaar")), 200);
        assertThat(answer.getContentAsByteArray()).isEqualTo((byte[]) stored.get("html"));
        assertThat(answer.getHeader("Cache-Control")).isEqualTo("max-age=31536000, private, immutable");
        read(get(PUBLIC + "/versies/2"), 404);
        assertThat(read(get(PUBLIC + "/versies/1.docx"), 200).getHeader("Content-Disposition"))
                .startsWith("attachment;");
        read(get("/gemeenten/rijswijk/kaders/ivb-2024-2027/plannen/2026/versies/1"), 302);
    }

    @Test
    void councilMembersReadThePublishedVersionStaffTheLivePlan() throws Exception {
        String report = "/gemeenten/wassenaar/kaders/ivb-2024-2027/plannen/2026/rapport";
        MockHttpServletResponse council = read(get(report).with(as(jdbc, "raadslid.wassenaar")), 200);
        assertThat(council.getContentAsByteArray()).isEqualTo((byte[]) stored.get("html"));
        assertThat(council.getHeader("Cache-Control")).isEqualTo("no-cache, private");
        assertThat(read(get(report + ".pdf").with(as(jdbc, "raadslid.wassenaar")), 200)
                        .getContentAsByteArray())
                .isEqualTo((byte[]) stored.get("pdf"));
        read(
                get(report + ".pdf")
                        .with(as(jdbc, "raadslid.wassenaar"))
                        .header("If-None-Match", "\"" + stored.get("pdf_sha256") + "\""),
                304);

        String staff =
                read(get(report).with(as(jdbc, "adviseur.wassenaar")), 200).getContentAsString();
        assertThat(staff).contains("rel=\"stylesheet\"").isNotEqualTo(new String((byte[]) stored.get("html")));
    }

    @Test
    void nobodyElseReadsTheVersionsOfAMunicipalityThatDoesNotPublish() throws Exception {
        jdbc.sql("update municipality set publish_publicly = false where slug = 'wassenaar'")
                .update();

        read(get(PUBLIC), 404);
        read(get(PUBLIC + "/versies/1.pdf"), 404);
        read(get(PUBLIC + "/versies/1.pdf").with(as(jdbc, "raadslid.rijswijk")), 404);
        // the municipality's own council follows the document's link to its PDF, and no shared cache keeps it
        MockHttpServletResponse own = read(get(PUBLIC + "/versies/1.pdf").with(as(jdbc, "raadslid.wassenaar")), 200);
        assertThat(own.getHeader("Cache-Control")).isEqualTo("max-age=31536000, private, immutable");
    }

    private MockHttpServletResponse read(MockHttpServletRequestBuilder request, int status) throws Exception {
        return mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse();
    }
}
