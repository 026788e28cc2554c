package nl.ivbplanner.report;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A framework's report holds the whole document the council adopted. Westland's report used to keep 85 of its 458 text
 * blocks, Leidschendam-Voorburg's lost its budget: every stored text of the framework must now be in it.
 */
@IvbIntegrationTest
class FrameworkReportCompletenessTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void westlandsReportHoldsEveryTextOfItsFramework() throws Exception {
        assertHoldsEverything("westland", "veiligheidsbeleid-2019-2022", "adviseur.westland");
    }

    @Test
    void leidschendamVoorburgsReportHoldsItsBudgetMissionAndEverythingElse() throws Exception {
        Document report =
                assertHoldsEverything("leidschendam-voorburg", "ivb-2020-2022", "raadslid.leidschendam-voorburg");
        List<String> lines = jdbc.sql("""
                select l.label from budget_line l join budget_table t on t.id = l.budget_table_id
                join policy_framework f on f.id = t.framework_id where f.slug = 'ivb-2020-2022'""").query(String.class).list();
        assertThat(lines).isNotEmpty();
        assertThat(report.select("section[aria-labelledby^=begroting-] tbody th")
                        .eachText())
                .containsExactlyElementsOf(lines);
        assertThat(report.select("#missie, #visie, #succesfactoren")).hasSize(3);
    }

    @Test
    void listsTheYearlyPlansWithTheirStateAndThePublicOnlyTheAdoptedOnes() throws Exception {
        String signedIn = "/gemeenten/wassenaar/kaders/ivb-2024-2027/rapport";
        Document staff = Jsoup.parse(mvc.perform(get(signedIn).with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(staff.select("#plannen ~ ul li").eachText())
                .containsExactly(
                        "Uitvoeringsplan Integraal Veiligheidsbeleid Wassenaar 2026 (Concept)",
                        "Uitvoeringsplan Integraal Veiligheidsbeleid 2025 (Geëvalueerd)");
        Document published = Jsoup.parse(mvc.perform(get("/openbaar/wassenaar/kaders/ivb-2024-2027"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(published.select("#plannen ~ ul li").eachText())
                .containsExactly("Uitvoeringsplan Integraal Veiligheidsbeleid 2025 (Geëvalueerd)");
        assertThat(published.select("#plannen ~ ul a").attr("href"))
                .isEqualTo("/openbaar/wassenaar/kaders/ivb-2024-2027/plannen/2025");
    }

    private Document assertHoldsEverything(String municipality, String framework, String user) throws Exception {
        Document report =
                Jsoup.parse(mvc.perform(get("/gemeenten/" + municipality + "/kaders/" + framework + "/rapport")
                                .with(as(jdbc, user)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        String text = report.select("main").text().replaceAll("\\s+", " ");
        List<String> texts = jdbc.sql("""
                select t from policy_framework f join municipality m on m.id = f.municipality_id, lateral (
                    select s.heading as t from narrative_section s where s.framework_id = f.id
                    union all select left(s.body, 50) from narrative_section s where s.framework_id = f.id
                    union all select left(f.mission, 50) union all select left(f.vision, 50)
                    union all select left(f.success_factors, 50)
                    union all select th.name from theme th where th.framework_id = f.id
                    union all select left(th.description, 50) from theme th where th.framework_id = f.id
                    union all select left(th.goal, 50) from theme th where th.framework_id = f.id
                    union all select left(o.text, 50) from objective o join theme th on th.id = o.theme_id
                        where th.framework_id = f.id and o.plan_id is null
                    union all select left(a.title, 50) from activity a where a.framework_id = f.id
                    union all select left(k.name, 50) from kpi k where k.framework_id = f.id
                ) all_texts
                where m.slug = ? and f.slug = ? and t is not null and length(t) > 0""")
                .param(municipality)
                .param(framework)
                .query(String.class)
                .list();
        assertThat(texts).hasSizeGreaterThan(20);
        List<String> missing = texts.stream()
                // a text's first line: the next one may be a list item, which the report draws as one
                .map(t -> t.split("\n")[0]
                        .replaceAll("\\s+", " ")
                        .replaceFirst("^(- |\\d+\\. |[a-z]\\. )", "")
                        .strip())
                .filter(t -> !text.contains(t))
                .toList();
        assertThat(missing).as("texts of the framework missing from its report").isEmpty();
        return report;
    }
}
