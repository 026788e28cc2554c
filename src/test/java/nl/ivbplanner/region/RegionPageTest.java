package nl.ivbplanner.region;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import nl.ivbplanner.support.IvbIntegrationTest;
import nl.ivbplanner.support.KeptSession;
import nl.ivbplanner.support.SqlStatementCounter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * The expected numbers were counted by hand with SQL on the seeded data: only Wassenaar's 2025 plan is adopted (and
 * evaluated); Westland and Leidschendam-Voorburg contribute their frameworks' multi-year lines; Rijswijk's 2026 plan
 * and Wassenaar's 2026 plans are concepts and count for nothing.
 */
@IvbIntegrationTest
class RegionPageTest {

    /** A table row: the municipality's row header, then the cells that follow it, up to the end of the row. */
    private static String row(String header, String cells) {
        return "(?s).*<th scope=\"row\"[^>]*>" + header + "</th>\\s*" + cells + ".*";
    }

    private static String count(int n) {
        return "<td class=\"utrecht-table__cell utrecht-table__cell--numeric\">" + n + "</td>\\s*";
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SqlStatementCounter counter;

    @Test
    void totalsPerMunicipalityCountAdoptedActivitiesAndFrameworkLinesWithVerdictsInTheLegendsWords() throws Exception {
        String page = mvc.perform(get("/regio").param("jaar", "alle").with(as(jdbc, "raadslid.rijswijk")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String totals = page.substring(page.indexOf("id=\"per-gemeente\""), page.indexOf("id=\"veld-1\""));
        // Wassenaar: the evaluated 2025 plan, 21 activities: 14 green, 6 yellow, 1 red, in Wassenaar's own words.
        assertThat(totals)
                .matches(row(
                        "Wassenaar",
                        count(21)
                                + "<td[^>]*>\\s*<ul>\\s*<li>\\s*<span class=\"app-verdict app-verdict--green\">\\s*"
                                + "<span aria-hidden=\"true\">✔</span>\\s*<span>Gereed</span>\\s*</span>\\s*<span>: 14</span>\\s*</li>\\s*"
                                + "<li>\\s*<span class=\"app-verdict app-verdict--yellow\">\\s*<span aria-hidden=\"true\">➜</span>\\s*"
                                + "<span>Op schema 2026/2027</span>\\s*</span>\\s*<span>: 6</span>\\s*</li>\\s*"
                                + "<li>\\s*<span class=\"app-verdict app-verdict--red\">\\s*<span aria-hidden=\"true\">✖</span>\\s*"
                                + "<span>Niet uitgevoerd/vindt geen doorgang</span>\\s*</span>\\s*<span>: 1</span>"));
        // Frameworks' multi-year lines: Westland 102, Leidschendam-Voorburg 40, never evaluated. Rijswijk: concept
        // only.
        assertThat(totals).matches(row("Westland", count(102) + "<td[^>]*>\\s*<p[^>]*>Nog geen jaaroordelen</p>"));
        assertThat(totals)
                .matches(row("Leidschendam-Voorburg", count(40) + "<td[^>]*>\\s*<p[^>]*>Nog geen jaaroordelen"));
        assertThat(totals).matches(row("Rijswijk", count(0) + "<td[^>]*>\\s*<p[^>]*>Nog geen jaaroordelen"));
    }

    @Test
    void perFieldCountsIncludeSubThemesUnderTheirParentsFieldAndGroupThemesWithoutOne() throws Exception {
        String page = mvc.perform(get("/regio").param("jaar", "alle").with(as(jdbc, "adviseur.westland")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String field1 = section(page, "veld-1", "veld-2");
        String field3 = section(page, "veld-3", "veld-4");
        String field5 = section(page, "veld-5", "veld-geen");
        String unassigned = section(page, "veld-geen", "id=\"partners\"");
        // Wassenaar 2025 per field: 1: 10 (9 green, 1 yellow), 3: 5 (2/2/1), 4: 5 (2/3/0), 5: 1 (1/0/0).
        assertThat(field1)
                .matches(row("Wassenaar", "<td.*?</td>\\s*" + count(10) + ".*?: 9</span>.*?: 1</span>.*?: 0</span>"));
        assertThat(field3)
                .matches(row("Wassenaar", "<td.*?</td>\\s*" + count(5) + ".*?: 2</span>.*?: 2</span>.*?: 1</span>"));
        assertThat(field1).matches(row("Westland", "<td.*?</td>\\s*" + count(27)));
        assertThat(field5).matches(row("Westland", "<td.*?</td>\\s*" + count(28)));
        assertThat(field1).matches(row("Leidschendam-Voorburg", "<td.*?</td>\\s*" + count(18)));
        // Leidschendam-Voorburg has two themes without a field, one of which holds one multi-year line.
        assertThat(unassigned)
                .matches(row(
                        "Leidschendam-Voorburg",
                        "<td.*?Zorg en veiligheid.*?"
                                + "Aanpak van Cybercrime/gedigitaliseerde criminaliteit</span><strong> \\(regionale prioriteit\\)</strong>"
                                + ".*?</td>\\s*" + count(1)));
        assertThat(unassigned)
                .matches(row("Wassenaar", "<td[^>]*>\\s*<p[^>]*>Geen thema’s in dit veld</p>\\s*</td>\\s*" + count(0)));
    }

    @Test
    void sharedPartnersShowWhereAndInWhichRoleTheyAct() throws Exception {
        String page = mvc.perform(get("/regio").param("jaar", "alle").with(as(jdbc, "beheerder")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String partners = page.substring(page.indexOf("id=\"partners\""));
        // Politie: 41 visible activities (Leidschendam-Voorburg 23, Wassenaar 11, Westland 7), all as 'betrokken';
        // its one 'regie' role is in Rijswijk's concept plan.
        assertThat(partners)
                .matches(row(
                        "\\s*<a class=\"utrecht-link\" href=\"/regio/partners/politie\">Politie</a>\\s*",
                        "<td class=\"utrecht-table__cell\">Leidschendam-Voorburg, Wassenaar, Westland</td>\\s*"
                                + count(41) + count(0) + count(0) + count(41)));
        // Epic Youth acts only in Rijswijk's concept plan.
        assertThat(partners).doesNotContain("Epic Youth");
        assertThat(partners).doesNotContain("BBR");

        mvc.perform(get("/regio/partners/politie").with(as(jdbc, "raadslid.wassenaar")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(matchesPattern(
                                row("Leidschendam-Voorburg", count(23) + count(0) + count(0) + count(23)))))
                .andExpect(content()
                        .string(containsString("Integraal Veiligheidsbeleid (IVB) 2024-2027, uitvoeringsplan 2025")))
                .andExpect(content().string(containsString("meerjarige lijn van het kader")))
                .andExpect(content().string(not(containsString("uitvoeringsplan 2026"))));
        mvc.perform(get("/regio/partners/bbr-rijswijk").with(as(jdbc, "beheerder")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/regio/partners/bestaat-niet").with(as(jdbc, "beheerder")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aSharedPartnersActivitiesAddUpOverTheFieldsAsOverTheMunicipalities() throws Exception {
        String page = mvc.perform(get("/regio/partners/politie").with(as(jdbc, "manager.westland")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Document html = Jsoup.parse(page);
        // the first numeric cell of each row: its activities; the 41 of the region in both tables
        assertThat(firstCounts(html, "per-veld"))
                .hasSizeGreaterThan(1)
                .satisfies(counts -> assertThat(
                                counts.stream().mapToInt(Integer::intValue).sum())
                        .isEqualTo(41));
        assertThat(firstCounts(html, "per-gemeente").stream()
                        .mapToInt(Integer::intValue)
                        .sum())
                .isEqualTo(41);
        assertThat(html.select("#per-veld + div tbody th").eachText())
                .contains("Kernbeleid Veiligheid 1: Veilige woon- en leefomgeving");
    }

    private static List<Integer> firstCounts(Document html, String heading) {
        return html.select("#" + heading + " + div tbody tr").stream()
                .map(row -> Integer.valueOf(
                        row.select("td.utrecht-table__cell--numeric").first().text()))
                .toList();
    }

    @Test
    @Transactional
    void anActivityInAConceptPlanChangesNothingEvenForItsOwnMunicipality() throws Exception {
        var rijswijk = as(jdbc, "manager.rijswijk");
        String before = mainContent("/regio", rijswijk);
        String politieBefore = mainContent("/regio/partners/politie", rijswijk);
        for (String concept : new String[] {"rijswijk", "wassenaar"}) {
            addActivityWithPolitieAsTrekker(concept, 2026);
        }
        assertThat(mainContent("/regio", rijswijk)).isEqualTo(before);
        assertThat(mainContent("/regio/partners/politie", rijswijk)).isEqualTo(politieBefore);

        // The same activity in the evaluated 2025 plan does count: the comparison above can fail.
        addActivityWithPolitieAsTrekker("wassenaar", 2025);
        mvc.perform(get("/regio").param("jaar", "alle").with(rijswijk))
                .andExpect(content().string(matchesPattern(row("Wassenaar", count(22) + ".*"))))
                .andExpect(content()
                        .string(matchesPattern(row(
                                "\\s*<a[^>]*>Politie</a>\\s*",
                                "<td[^>]*>[^<]*</td>\\s*" + count(42) + count(1) + count(0) + count(41)))));
    }

    @Test
    void withoutAYearTheRegionShowsTheNewestYearWithAnAdoptedPlanAndEachYearItsOwnPlansAndFrameworkLines()
            throws Exception {
        var councillor = as(jdbc, "raadslid.westland");
        String standard = totals(mvc.perform(get("/regio").with(councillor)));
        // Wassenaar's evaluated 2025 plan is the newest adopted one; Westland's and Leidschendam-Voorburg's frameworks
        // ran until 2022
        assertThat(standard)
                .matches(row("Wassenaar", count(21) + ".*"))
                .matches(row("Westland", count(0) + ".*"))
                .matches(row("Leidschendam-Voorburg", count(0) + ".*"));
        String in2022 = totals(mvc.perform(get("/regio").param("jaar", "2022").with(councillor)));
        assertThat(in2022)
                .matches(row("Wassenaar", count(0) + ".*"))
                .matches(row("Westland", count(102) + ".*"))
                .matches(row("Leidschendam-Voorburg", count(40) + ".*"));
        assertThat(mvc.perform(get("/regio").param("jaar", "2022").with(councillor))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("<a class=\"utrecht-link\" href=\"/regio?jaar=2022\" aria-current=\"page\">2022</a>");
        mvc.perform(get("/regio").param("jaar", "1990").with(councillor)).andExpect(status().isNotFound());
        mvc.perform(get("/regio").param("jaar", "vorig").with(councillor)).andExpect(status().isNotFound());
    }

    private static String totals(ResultActions answer) throws Exception {
        String page =
                answer.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return page.substring(page.indexOf("id=\"per-gemeente\""), page.indexOf("id=\"veld-1\""));
    }

    @Test
    void signedOutVisitorsAreSentToTheLogin() throws Exception {
        mvc.perform(get("/regio")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/regio/partners/politie"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void runsAFixedSmallNumberOfStatementsAndFewerWhileNothingChanges() throws Exception {
        var councillor = as(jdbc, "raadslid.wassenaar");
        // as a signed-in browser: one session, made on its first request (a write in the database like any other);
        // reading pages with it writes nothing (security/SessionsInDatabase)
        KeptSession browser = new KeptSession(mvc);
        browser.perform(get("/").with(councillor)).andExpect(status().isOk());
        // a committed transaction id moves the database on, so nothing kept by earlier tests is read
        jdbc.sql("select pg_current_xact_id()").query().singleValue();
        // the database's version, the region's years, municipalities, legends, themes, field counts, indicators,
        // partners, and the header's municipality switcher
        assertThat(counter.count(
                        () -> browser.perform(get("/regio").with(councillor)).andExpect(status().isOk())))
                .isEqualTo(9);
        // the version, the partner, per municipality, per field, its activities, and the switcher
        assertThat(counter.count(
                        () -> browser.perform(get("/regio/partners/politie").with(councillor))
                                .andExpect(status().isOk())))
                .isEqualTo(6);
        // nothing written since: the version and the switcher (PostgreSQL's own housekeeping, autoanalyze, may take
        // a transaction id in between: a few reads always reach the kept view)
        int again = 0;
        for (int read = 0; read < 5 && again != 2; read++) {
            again = counter.count(
                    () -> browser.perform(get("/regio").with(councillor)).andExpect(status().isOk()));
        }
        assertThat(again).isEqualTo(2);
    }

    private void addActivityWithPolitieAsTrekker(String municipalitySlug, int year) {
        long activity = jdbc.sql("""
                insert into activity (plan_id, theme_id, position, title)
                select p.id, (select a.theme_id from activity a where a.plan_id = p.id order by a.id limit 1), 999, 'Regiotest'
                from execution_plan p join policy_framework f on f.id = p.framework_id
                join municipality m on m.id = f.municipality_id
                where m.slug = ? and p.year = ? order by f.id limit 1
                returning id""")
                .param(municipalitySlug)
                .param(year)
                .query(Long.class)
                .single();
        jdbc.sql("""
                insert into activity_partner (activity_id, partner_id, role)
                select ?, id, 'TREKKER' from partner where key = 'politie'""").param(activity).update();
    }

    /** The page without its header, whose logout form carries a fresh CSRF token on every request. */
    private String mainContent(String url, RequestPostProcessor user) throws Exception {
        String page = mvc.perform(get(url).with(user))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return page.substring(page.indexOf("<main"), page.indexOf("</main>"));
    }

    private static String section(String page, String fromId, String toMarker) {
        int from = page.indexOf("id=\"" + fromId + "\"");
        int to = toMarker.startsWith("id=") ? page.indexOf(toMarker) : page.indexOf("id=\"" + toMarker + "\"", from);
        return page.substring(from, to);
    }
}
