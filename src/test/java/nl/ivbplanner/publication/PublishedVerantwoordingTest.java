package nl.ivbplanner.publication;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/**
 * Wassenaar's verantwoording 2025 (seed 000: the evaluation of 2025 with the plan of 2026) is published like a plan's
 * report: frozen bytes from the store, a new version when the plan of 2026 is adopted. Rolled back after each test.
 */
@IvbIntegrationTest
@Transactional
class PublishedVerantwoordingTest {

    static final String PUBLIC = "/openbaar/wassenaar/kaders/ivb-2024-2027/plannen/2025/verantwoording";
    static final String SIGNED_IN = "/gemeenten/wassenaar/kaders/ivb-2024-2027/plannen/2025/verantwoording";
    static final String PLAN_2025 = """
            (select p.id from execution_plan p join policy_framework f on f.id = p.framework_id
             where f.slug = 'ivb-2024-2027' and p.year = 2025)""";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void asSeeded() {
        // whatever another test published is taken away within this test's transaction
        jdbc.sql("delete from publication where plan_id = " + PLAN_2025).update();
    }

    @Test
    void theFirstReadPublishesTheSeededVerantwoordingOnceAndEveryReadComesFromTheStore() throws Exception {
        MockHttpServletResponse first = read(get(PUBLIC));
        MockHttpServletResponse pdf = read(get(PUBLIC + ".pdf"));
        read(get(SIGNED_IN).with(as(jdbc, "raadslid.wassenaar")));

        Map<String, Object> stored = jdbc.sql("""
                select number, kind, audience, title, published_by, html_sha256, pdf_sha256, docx_sha256
                from publication where document = 'VERANTWOORDING' and plan_id =\s""" + PLAN_2025).query().singleRow();
        assertThat(stored)
                .containsEntry("number", 1)
                .containsEntry("kind", "GEEVALUEERD")
                .containsEntry("audience", "PUBLIC")
                .containsEntry("title", "Verantwoording 2025: evaluatie 2025 en uitvoeringsplan 2026")
                .containsEntry("published_by", "systeem");
        assertThat(first.getHeader("ETag")).isEqualTo("\"" + stored.get("html_sha256") + "\"");
        assertThat(pdf.getHeader("ETag")).isEqualTo("\"" + stored.get("pdf_sha256") + "\"");
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(first.getHeader("Cache-Control")).contains("public", "max-age=300");
        // the plan of 2026 is a concept: the public and the council get deel 1 only
        assertThat(first.getContentAsString())
                .contains("Evaluatie", "href=\"" + PUBLIC + "/versies/1.pdf\"")
                .doesNotContain("Deel 2");

        mvc.perform(get(PUBLIC).header("If-None-Match", first.getHeader("ETag")))
                .andExpect(status().isNotModified());
        assertThat(read(get(PUBLIC + "/versies/1")).getContentAsByteArray()).isEqualTo(first.getContentAsByteArray());
        MockHttpServletResponse word = read(get(PUBLIC + "/versies/1.docx"));
        assertThat(word.getHeader("ETag")).isEqualTo("\"" + stored.get("docx_sha256") + "\"");
        assertThat(word.getHeader("Content-Disposition"))
                .contains("wassenaar-ivb-2024-2027-2025-verantwoording-versie-1.docx");
    }

    @Test
    void adoptingThePlanOfTheNextYearPublishesTheVerantwoordingAgainWithItsSecondPart() throws Exception {
        String before = read(get(PUBLIC)).getContentAsString();

        PublishOnAdoptionTest.adopt(mvc, jdbc, "3-2-2026");

        assertThat(jdbc.sql("""
                        select v.number || ' ' || v.published_by || ' ' || coalesce(u.username, '-')
                        from publication v left join app_user u on u.id = v.published_by_user_id
                        where v.document = 'VERANTWOORDING' and v.plan_id =\s""" + PLAN_2025 + " order by v.number")
                        .query(String.class)
                        .list())
                .hasSize(2)
                .startsWith("1 systeem -")
                .last()
                .asString()
                .endsWith("manager.wassenaar");
        String after = read(get(PUBLIC)).getContentAsString();
        assertThat(after)
                .contains("Deel 2", "Uitvoeringsplan 2026", "href=\"" + PUBLIC + "/versies/2.pdf\"")
                .isNotEqualTo(before);
        try (PDDocument pdf = Loader.loadPDF(read(get(PUBLIC + ".pdf")).getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .contains("Deel 2");
        }
        // the first version stays what it was
        assertThat(read(get(PUBLIC + "/versies/1")).getContentAsString()).isEqualTo(before);
        // and the plan page lists both
        assertThat(read(get("/gemeenten/wassenaar/kaders/ivb-2024-2027/plannen/2025")
                                .with(as(jdbc, "raadslid.wassenaar")))
                        .getContentAsString())
                .contains("Verantwoording (evaluatie met het plan van volgend jaar), versie 2: gepubliceerd op ")
                .contains("href=\"" + SIGNED_IN + "/versies/2.pdf\"");
    }

    @Test
    void staffReadTheVerantwoordingAsItIsNowAlsoAsWord() throws Exception {
        MockHttpServletResponse word = read(get(SIGNED_IN + ".docx").with(as(jdbc, "adviseur.wassenaar")));
        assertThat(new String(word.getContentAsByteArray(), 0, 2, StandardCharsets.US_ASCII))
                .isEqualTo("PK");
        // staff see the concept plan of 2026 as deel 2; nothing was published for them
        assertThat(read(get(SIGNED_IN).with(as(jdbc, "adviseur.wassenaar"))).getContentAsString())
                .contains("Deel 2");
        assertThat(jdbc.sql("select count(*) from publication where plan_id = " + PLAN_2025)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aPlanThatIsNotEvaluatedHasNoVerantwoording() throws Exception {
        PublishOnAdoptionTest.adopt(mvc, jdbc, "3-2-2026");
        mvc.perform(get("/openbaar/wassenaar/kaders/ivb-2024-2027/plannen/2026/verantwoording"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/gemeenten/wassenaar/kaders/ivb-2024-2027/plannen/2026/verantwoording.pdf")
                        .with(as(jdbc, "raadslid.wassenaar")))
                .andExpect(status().isNotFound());
    }

    private MockHttpServletResponse read(RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
    }
}
