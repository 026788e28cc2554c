package nl.ivbplanner.report;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Seed 000 is one document: the evaluation of Wassenaar's 2025 plan (deel 1) with its 2026 plan (deel 2) and the
 * Lokale Kamer annex. The combined report must hold all of it, read from the seeded database, in the document's order.
 */
@IvbIntegrationTest
class VerantwoordingReportTest {

    static final String WASSENAAR = "/gemeenten/wassenaar/kaders/ivb-2024-2027";
    static final String PUBLIC = "/openbaar/wassenaar/kaders/ivb-2024-2027";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theCombinedReportHoldsEverySectionTableKpiAndTheAnnexOfSeed000() throws Exception {
        Document report = page(WASSENAAR + "/plannen/2025/verantwoording", "adviseur.wassenaar");
        String text = report.text();

        List<String> headings = jdbc.sql("""
                select s.heading from narrative_section s join execution_plan p on p.id = s.plan_id
                join policy_framework f on f.id = p.framework_id
                where f.slug = 'ivb-2024-2027' and p.year in (2025, 2026) and s.heading is not null""").query(String.class).list();
        assertThat(headings).contains("Inleiding", "Bijlage 1: Lokale Kamer Wassenaar evaluatie 2025");
        List<String> shown =
                report.select("main h2, main h3, main h4, main h5, main h6").eachText();
        assertThat(shown).containsAll(headings);
        List<String> bodies = jdbc.sql("""
                select left(s.body, 60) from narrative_section s join execution_plan p on p.id = s.plan_id
                join policy_framework f on f.id = p.framework_id
                where f.slug = 'ivb-2024-2027' and p.year in (2025, 2026) and length(s.body) > 0""").query(String.class).list();
        String flat = text.replaceAll("\\s+", " ");
        for (String body : bodies) {
            assertThat(flat)
                    .contains(
                            body.replaceAll("\\s+", " ").replaceFirst("^- ", "").strip());
        }

        // the five themes of deel 1 and of deel 2, each with all of its activities
        assertThat(report.select("section.report-theme")).hasSize(10);
        List<String> activities = jdbc.sql("""
                select a.title from activity a join execution_plan p on p.id = a.plan_id
                join policy_framework f on f.id = p.framework_id
                where f.slug = 'ivb-2024-2027' and p.year in (2025, 2026)""").query(String.class).list();
        assertThat(activities).hasSize(32);
        assertThat(report.select("th.report-activity strong").eachText())
                .containsExactlyInAnyOrderElementsOf(activities);

        List<String> kpis = jdbc.sql("""
                select k.name from kpi k join execution_plan p on p.id = k.plan_id
                join policy_framework f on f.id = p.framework_id
                where f.slug = 'ivb-2024-2027' and p.year in (2025, 2026)""").query(String.class).list();
        assertThat(kpis).hasSize(6);
        assertThat(text).contains(kpis);
        int budgetTables = jdbc.sql("""
                select count(*) from budget_table b join execution_plan p on p.id = b.plan_id
                join policy_framework f on f.id = p.framework_id
                where f.slug = 'ivb-2024-2027' and p.year in (2025, 2026)""").query(Integer.class).single();
        assertThat(report.select("section[aria-labelledby^=begroting-]")).hasSize(budgetTables);
        assertThat(report.select("#legenda ~ table td").eachText())
                .contains("Groen: Gereed", "Geel: Op schema 2026/2027", "Rood: Niet uitgevoerd/vindt geen doorgang");

        // the document's order: the introduction, deel 1 with its extra activities below Buurt en veiligheid, deel 2,
        // then the annex
        int inleiding = flat.indexOf("Inleiding Het Integraal Veiligheidsbeleid");
        int deel1 = flat.indexOf("Evaluatie uitvoeringsplan 2025 (deel 1)", inleiding);
        int buurt = flat.indexOf("Buurt en veiligheid", deel1);
        int extra = flat.indexOf("Extra activiteit", buurt);
        int zorg = flat.indexOf("Zorg en veiligheid", extra);
        int deel2 = flat.indexOf("Uitvoeringsplan 2026 (deel 2)", zorg);
        int bijlage = flat.indexOf("Bijlage 1: Lokale Kamer Wassenaar evaluatie 2025 Lokale Kamer", deel2);
        assertThat(List.of(inleiding, deel1, buurt, extra, zorg, deel2, bijlage))
                .doesNotContain(-1);
        Element annex =
                report.getElementsMatchingOwnText("^Bijlage 1: Lokale Kamer").last();
        assertThat(annex.parent().nextElementSiblings().select("section.report-theme"))
                .isEmpty();
    }

    @Test
    void theCombinedReportIsAlsoAPdfAndLinkedFromThePlanPage() throws Exception {
        byte[] pdf = mvc.perform(
                        get(WASSENAAR + "/plannen/2025/verantwoording.pdf").with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", MediaType.APPLICATION_PDF_VALUE))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        PdfPages.save(pdf, "wassenaar-verantwoording-2025");
        assertThat(PlanReportPdfTest.text(pdf).replaceAll("\\s+", " "))
                .contains("Evaluatie uitvoeringsplan 2025 (deel 1)", "Uitvoeringsplan 2026 (deel 2)", "Lokale Kamer");
        assertThat(page(WASSENAAR + "/plannen/2025", "raadslid.wassenaar")
                        .select("a[href=" + WASSENAAR + "/plannen/2025/verantwoording]"))
                .hasSize(1);
    }

    @Test
    void withoutSightOfTheConceptThePublicAndTheCouncilGetDeel1Only() throws Exception {
        Document published = Jsoup.parse(mvc.perform(get(PUBLIC + "/plannen/2025/verantwoording"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(published.text())
                .contains("Evaluatie uitvoeringsplan 2025 (deel 1)", "Bijlage 1")
                .doesNotContain("Uitvoeringsplan 2026 (deel 2)");
        assertThat(page(WASSENAAR + "/plannen/2025/verantwoording", "raadslid.wassenaar")
                        .text())
                .doesNotContain("Uitvoeringsplan 2026 (deel 2)");
        mvc.perform(get(PUBLIC + "/plannen/2026/verantwoording")).andExpect(status().isNotFound());
        mvc.perform(get(WASSENAAR + "/plannen/2026/verantwoording").with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(status().isNotFound());
    }

    @Test
    void whatWasCarriedOverIsTheSameForThePublicTheCouncilAndTheStaff() throws Exception {
        List<String> staff = carriedOver(page(WASSENAAR + "/plannen/2025/rapport", "adviseur.wassenaar"));
        List<String> council = carriedOver(page(WASSENAAR + "/plannen/2025/rapport", "raadslid.wassenaar"));
        List<String> published = carriedOver(Jsoup.parse(mvc.perform(get(PUBLIC + "/plannen/2025"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString()));
        int stored = jdbc.sql("""
                select count(*) from activity later join activity source on source.id = later.carried_over_from_id
                join execution_plan p on p.id = source.plan_id join policy_framework f on f.id = p.framework_id
                where f.slug = 'ivb-2024-2027' and p.year = 2025""").query(Integer.class).single();
        assertThat(stored).isPositive();
        assertThat(staff).hasSize(stored).isEqualTo(council).isEqualTo(published);
        assertThat(staff).allMatch(row -> row.endsWith("(concept)"));
    }

    private static List<String> carriedOver(Document report) {
        return report.select("#overgenomen ~ table tbody tr").eachText();
    }

    private Document page(String url, String user) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(as(jdbc, user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
