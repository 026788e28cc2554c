package nl.ivbplanner.report;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * No heading level is skipped on any seeded plan's or framework's page or report (Rijswijk jumped from h2 to h4 six
 * times), the reports have a skip link to their content, and Dutch content says it is Dutch under an English
 * interface.
 */
@IvbIntegrationTest
class HeadingOutlineTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    record Plan(String municipality, String framework, int year, String state) {}

    @Test
    void noPageOrReportOfASeededPlanOrFrameworkSkipsAHeadingLevel() throws Exception {
        List<Plan> plans = jdbc.sql("""
                select m.slug as municipality, f.slug as framework, p.year, p.state
                from execution_plan p join policy_framework f on f.id = p.framework_id
                join municipality m on m.id = f.municipality_id order by m.slug, f.slug, p.year""").query(Plan.class).list();
        List<String> frameworks = jdbc.sql("""
                select m.slug || '/kaders/' || f.slug from policy_framework f
                join municipality m on m.id = f.municipality_id""").query(String.class).list();
        assertThat(plans).hasSizeGreaterThanOrEqualTo(4);
        List<String> checked = new ArrayList<>();
        for (Plan plan : plans) {
            String base =
                    "/gemeenten/" + plan.municipality() + "/kaders/" + plan.framework() + "/plannen/" + plan.year();
            List<String> urls = new ArrayList<>(List.of(base, base + "/rapport"));
            if (plan.state().equals("GEEVALUEERD")) {
                urls.add(base + "/verantwoording");
            }
            if (!plan.state().equals("CONCEPT")) {
                urls.add(base + "/voortgang");
            }
            for (String url : urls) {
                assertNoSkippedLevel(url, "adviseur." + plan.municipality());
                checked.add(url);
            }
        }
        for (String framework : frameworks) {
            String municipality = framework.substring(0, framework.indexOf('/'));
            assertNoSkippedLevel("/gemeenten/" + framework, "adviseur." + municipality);
            assertNoSkippedLevel("/gemeenten/" + framework + "/rapport", "adviseur." + municipality);
        }
        assertThat(checked).contains("/gemeenten/rijswijk/kaders/strategisch-veiligheidsbeleid-2026-2030/plannen/2026");
    }

    @Test
    void rijswijksWhoDoWeNeedIsAParagraphOfItsChapterOnThePageAndInTheReport() throws Exception {
        String base = "/gemeenten/rijswijk/kaders/strategisch-veiligheidsbeleid-2026-2030/plannen/2026";
        for (String url : List.of(base, base + "/rapport")) {
            Document page = page(url, "adviseur.rijswijk");
            assertThat(page.select("h3:containsOwn(Wie hebben we daarvoor nodig?)"))
                    .as(url)
                    .hasSize(7);
            assertThat(page.select("h4:containsOwn(Wie hebben we daarvoor nodig?)"))
                    .isEmpty();
        }
    }

    @Test
    void theReportsHaveASkipLinkAndMarkTheirDutchContentUnderAnEnglishInterface() throws Exception {
        // staff read the live report in their interface's language (a council member reads the published, Dutch one)
        String base = "/gemeenten/wassenaar/kaders/ivb-2024-2027";
        for (String url :
                List.of(base + "/plannen/2025/rapport", base + "/plannen/2025/verantwoording", base + "/rapport")) {
            Document english =
                    Jsoup.parse(mvc.perform(get(url).param("lang", "en").with(as(jdbc, "manager.wassenaar")))
                            .andExpect(status().isOk())
                            .andReturn()
                            .getResponse()
                            .getContentAsString());
            assertThat(english.select("html").attr("lang")).isEqualTo("en");
            Element skip = english.select("body > a").first();
            assertThat(skip.attr("href")).as(url).isEqualTo("#rapport-inhoud");
            assertThat(skip.text()).isEqualTo("Skip to the content");
            assertThat(english.select("main#rapport-inhoud")).hasSize(1);
            if (!url.endsWith("verantwoording")) { // its title is the report's own, in the interface's language
                assertThat(english.select("h1").attr("lang")).as(url).isEqualTo("nl");
            }
            assertThat(english.select("main [lang=nl]")).as(url).isNotEmpty();
            // stored Dutch text is marked; the interface's own English words are not
            assertThat(english.select("[lang=nl]:containsOwn(Contents)")).isEmpty();
            Document dutch = page(url, "manager.wassenaar");
            assertThat(dutch.select("html").attr("lang")).isEqualTo("nl");
            assertThat(dutch.select("body [lang]"))
                    .as("nothing to mark in a Dutch interface")
                    .isEmpty();
        }
        assertThat(page(base + "/plannen/2025/verantwoording", "manager.wassenaar")
                        .select("main section.report-text[lang=nl]"))
                .isEmpty();
    }

    private void assertNoSkippedLevel(String url, String user) throws Exception {
        Document page = page(url, user);
        int previous = 0;
        for (Element heading : page.select("h1, h2, h3, h4, h5, h6")) {
            int level = heading.tagName().charAt(1) - '0';
            assertThat(level)
                    .as("%s: '%s' (h%d) after an h%d", url, heading.text(), level, previous)
                    .isLessThanOrEqualTo(previous + 1);
            previous = level;
        }
        assertThat(previous).as(url + " has headings").isPositive();
    }

    private Document page(String url, String user) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(as(jdbc, user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
