package nl.ivbplanner.planview;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.ivbplanner.support.Given;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue 14, 'order and structure as in the document', read through the pages on the seeded plans: themes in tree order,
 * objectives above their actions, each organisation once with all its roles, numbered lists as lists, interim
 * statuses apart from the year-end verdicts.
 */
@IvbIntegrationTest
class DocumentStructureOnThePlanPageTest {

    static final String RIJSWIJK_2026 =
            "/gemeenten/rijswijk/kaders/strategisch-veiligheidsbeleid-2026-2030/plannen/2026";
    private static final String WASSENAAR_2025 = "/gemeenten/wassenaar/kaders/ivb-2024-2027/plannen/2025";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void rijswijksSubThemesFollowEachOtherWithinTheirMainThemeNeverInterleaved() throws Exception {
        Document page = page(RIJSWIJK_2026, "adviseur.rijswijk");
        // chapter 2 reads, ... then B-1, ..., then C: one run per sub-theme, in the document's order
        assertThat(subThemeRuns(table(page, "Zorg en Veiligheid")))
                .containsExactly(
                        "A. Huiselijk geweld en femicide",
                        "B. Personen met onbegrepen gedrag",
                        "C. Multiprobleem gezinnen");
        assertThat(subThemeRuns(table(page, "Ondermijning")))
                .containsExactly("A. Drugshandel", "B. Bedrijventerreinen", "C. Mensenhandel");
        assertThat(subThemeRuns(table(page, "Jeugd en preventie")))
                .containsExactly("A. Schoolveiligheid", "B. Jeugd en Criminaliteit");
        assertThat(subThemeRuns(table(page, "Maatschappelijke veiligheid")))
                .containsExactly("A. Schoon, Heel en Veilig", "B. Wijkveiligheid", "C. Verkeersveiligheid");
        // and within a sub-theme the actions in printed order: the first and last of chapter 2 A and B
        List<String> titles = page.select("#thema-" + themeId("Zorg en Veiligheid") + " ~ div tr[id^=activiteit-] th a")
                .eachText();
        assertThat(titles.get(0)).startsWith("Er wordt een actieve bijdrage geleverd aan het opstellen");
        assertThat(titles.get(6)).startsWith("Aan de hand van deze aanpak worden slachtoffers");
        assertThat(titles.get(7)).startsWith("De bekendheid van het Kenniscentrum Onbegrepen Gedrag");
    }

    @Test
    void westlandsFrameworkLinesFollowTheirSubThemes() throws Exception {
        // Westland numbers the lines per (sub-)theme: 5.1 a, b and c each have lines at positions 0, 1, 2, ...
        Document page = Jsoup.parse(html("/gemeenten/westland/kaders/veiligheidsbeleid-2019-2022", "beheerder"));
        Element section = page.select("section.app-theme:has(> h3:containsOwn(Veilige en leefbare dorpen))")
                .first();
        List<String> runs = runs(section.select("table tbody tr td:first-child").eachText());
        assertThat(runs)
                .containsExactly(
                        "5.1 a. Overlast, geweld op het snijvlak van zorg & veiligheid",
                        "5.1 b. Woninginbraak en andere high impact-delicten",
                        "5.1 c. Leefbaarheid en verkeersveiligheid");
    }

    @Test
    void theThemeFilterListsEachSubThemeUnderItsOwnMainTheme() throws Exception {
        Document page = page(RIJSWIJK_2026, "adviseur.rijswijk");
        List<String> options = page.select("#thema option").eachText();
        assertThat(options.subList(0, 21))
                .containsExactly(
                        "Alle",
                        "Zorg en Veiligheid",
                        "— A. Huiselijk geweld en femicide",
                        "— B. Personen met onbegrepen gedrag",
                        "— C. Multiprobleem gezinnen",
                        "Femicide",
                        "Ondermijning",
                        "— A. Drugshandel",
                        "— B. Bedrijventerreinen",
                        "— C. Mensenhandel",
                        "Jeugd en preventie",
                        "— A. Schoolveiligheid",
                        "— B. Jeugd en Criminaliteit",
                        "Maatschappelijke veiligheid",
                        "— A. Schoon, Heel en Veilig",
                        "— B. Wijkveiligheid",
                        "— C. Verkeersveiligheid",
                        "Cybercrime en gedigitaliseerde criminaliteit",
                        "— A. Cybercrime en gedigitaliseerde criminaliteit",
                        "— B. Senioren en Veiligheid",
                        "Aanpak misstanden bewoning");
        assertThat(options).hasSize(31).last().isEqualTo("Communicatie");
        // the activity form and the theme editor list them in the same tree order
        long activity = activityId("Team OOV&B en Team jeugd, Onderwijs en Sport (JOS)%");
        List<String> formOptions = Jsoup.parse(
                        html("/gemeenten/rijswijk/activiteiten/" + activity + "/bewerken", "adviseur.rijswijk"))
                .select("#thema option")
                .eachText();
        assertThat(formOptions.subList(1, formOptions.size())).isEqualTo(options.subList(1, options.size()));
        String themesPage = Jsoup.parse(html(
                        "/gemeenten/rijswijk/kaders/strategisch-veiligheidsbeleid-2026-2030/themas",
                        "adviseur.rijswijk"))
                .select("main")
                .text();
        assertThat(themesPage.indexOf("C. Multiprobleem gezinnen"))
                .isLessThan(themesPage.indexOf("Femicide"))
                .isGreaterThan(themesPage.indexOf("Zorg en Veiligheid"));
        assertThat(themesPage.indexOf("A. Drugshandel")).isGreaterThan(themesPage.indexOf("Femicide"));
    }

    @Test
    void objectivesHeadTheActionsThatAnswerToThem() throws Exception {
        Document page = page(RIJSWIJK_2026, "adviseur.rijswijk");
        assertThat(page.select("tr.app-objective")).hasSize(39);
        Elements groups = table(page, "Zorg en Veiligheid").select("tbody");
        // objective 1 of chapter 2 A heads its four actions; the second '6.' of chapter 2 B heads the triage pilot
        assertThat(groups.get(0).select("tr.app-objective th").text())
                .isEqualTo(
                        "Wat willen we bereiken? "
                                + "1. Lokale aanpak huiselijk geweld op basis van regiovisie huiselijk geweld door het sociaal domein i.s.m. veiligheid.");
        assertThat(groups.get(0).select("tr[id^=activiteit-] th a").eachText())
                .hasSize(4)
                .allMatch(title -> !title.isBlank())
                .last()
                .asString()
                .startsWith("Er wordt ook aandacht besteed aan kinder-");
        Element triage = groups.stream()
                .filter(g -> g.select("tr.app-objective").text().contains("6. Inzet 24/7 triage bedden"))
                .findFirst()
                .orElseThrow();
        assertThat(triage.select("tr[id^=activiteit-] th a").eachText())
                .containsExactly("We volgen de pilot via de ambtelijke werkgroep Zorg en Veiligheid van het Zorg- en "
                        + "Veiligheidshuis Haaglanden met als doel de pilot te monitoren, te evalueren en waar mogelijk "
                        + "door te ontwikkelen naar een structurele regionale voorziening.");
        // an action without a goal of its own points to its objective instead of showing an empty goal
        assertThat(groups.get(0)
                        .select("tr[id^=activiteit-]")
                        .first()
                        .select("td")
                        .get(1)
                        .text())
                .isEqualTo("Zie doel 1 hierboven");
        // the activity page names the objective as well
        assertThat(Jsoup.parse(html(
                                "/gemeenten/rijswijk/activiteiten/" + activityId("Er wordt zichtbaar en consistent%"),
                                "adviseur.rijswijk"))
                        .select("#doelstelling + p")
                        .text())
                .isEqualTo("5. Terugdringen verkeersoverlast en verkeersonveilige situaties");
    }

    @Test
    void anOrganisationWithTwoRolesIsNamedOnceWithBoth() throws Exception {
        Document page = page(RIJSWIJK_2026, "adviseur.rijswijk");
        long school = activityId("Team OOV&B en Team jeugd, Onderwijs en Sport (JOS)%");
        List<String> partners =
                page.select("#activiteit-" + school + " .app-partners li").eachText();
        assertThat(partners).filteredOn(p -> p.contains("OOV&B")).containsExactly("Team OOV&B (trekker, regie)");
        assertThat(partners)
                .filteredOn(p -> p.contains("JOS"))
                .containsExactly("Team jeugd, Onderwijs en Sport (JOS) (trekker, regie)");
        // the repaired duplicate: Team ITH leads the blackspots action and is not listed again as 'Team Handhaving
        // (boa’s)'
        long blackspots = activityId("Er wordt zichtbaar en consistent%");
        assertThat(page.select("#activiteit-" + blackspots + " .app-partners li")
                        .eachText())
                .containsExactly(
                        "Team Mobiliteit en Parkeren (MEP)",
                        "Politie",
                        "Kwartiermaker Maatschappelijke weerbaarheid",
                        "Team ITH (trekker)");
        // every row of the page: no organisation twice, and as printed the list 'Wie hebben we daarvoor nodig?' first,
        // then the trekker and 'Wie heeft de regie?' (V14)
        for (Element row : page.select("tr[id^=activiteit-]")) {
            List<String> names =
                    row.select(".app-partners li > span:first-child").eachText();
            assertThat(names).doesNotHaveDuplicates();
            List<String> items = row.select(".app-partners li").eachText();
            List<Boolean> leading = items.stream()
                    .map(i -> i.contains("(trekker") || i.contains("(regie"))
                    .toList();
            assertThat(leading).as(items.toString()).isSortedAccordingTo(Boolean::compare);
        }
        // the activity page: once, by its own name, with all roles and the wordings the plan uses
        assertThat(Jsoup.parse(html("/gemeenten/rijswijk/activiteiten/" + school, "adviseur.rijswijk"))
                        .select("#partijen ~ ul li")
                        .eachText())
                .filteredOn(p -> p.contains("OOV&B"))
                .containsExactly(
                        "Team Openbare Orde en Veiligheid en BIBOB (OOV&B) (trekker, regie) in het plan genoemd als ‘OOV&B’, ‘Team OOV&B’");
    }

    @Test
    void numberedAndLetteredListsOfTheDocumentStayListsAndNothingIsReadAsHtml() throws Exception {
        Document page = page("/gemeenten/leidschendam-voorburg/kaders/ivb-2020-2022", "beheerder");
        // chapter 6: 'De partners zijn onder andere:' and sixteen numbered partners
        Element partners =
                page.select("ol:has(> li:contains(Openbaar Ministerie))").first();
        assertThat(partners.select("> li")).hasSize(16);
        assertThat(partners.select("> li").first().text()).isEqualTo("Politie");
        assertThat(partners.select("> li").last().attr("value")).isEqualTo("16");
        assertThat(partners.previousElementSibling().text()).endsWith("De partners zijn onder andere:");
        // annex 7.1.2: 'a.' with its own three bullets, then 'b.'
        Element lettered = page.select("ol[type=a]:has(li:contains(Paraat zijn voor de toepassing))")
                .first();
        assertThat(lettered.select("> li")).hasSize(2);
        assertThat(lettered.select("> li").first().select("ul > li")).hasSize(3);
        // stored text is text: Rijswijk's '(>6 gewonden' is escaped, not markup
        assertThat(html(RIJSWIJK_2026, "adviseur.rijswijk")).contains("blackspots (&gt;6 gewonden binnen drie jaar)");
    }

    @Test
    @Transactional
    void theEvaluationPageNamesEachOrganisationOnce() throws Exception {
        Given.in(jdbc).plan("strategisch-veiligheidsbeleid-2026-2030", 2026).adopted(LocalDate.of(2026, 2, 10));
        long blackspots = activityId("Er wordt zichtbaar en consistent%");
        Document page = page(RIJSWIJK_2026 + "/evaluatie", "adviseur.rijswijk");
        assertThat(page.select("#rij-" + blackspots).text())
                .containsOnlyOnce("Team Inspectie, Toezicht en Handhaving (ITH)");
    }

    @Test
    @Transactional
    void anInterimStatusIsShownApartAndMarkedAsInterim() throws Exception {
        Given.in(jdbc).plan("strategisch-veiligheidsbeleid-2026-2030", 2026).adopted(LocalDate.of(2026, 2, 10));
        long blackspots = activityId("Er wordt zichtbaar en consistent%");
        mvc.perform(post(RIJSWIJK_2026 + "/evaluatie/{id}", blackspots)
                        .param("moment", "tussentijds")
                        .param("oordeel", "YELLOW")
                        .param("resultaat", "Twee van de vijf blackspots in kaart")
                        .param("version", "")
                        .with(as(jdbc, "adviseur.rijswijk"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        Document page = page(RIJSWIJK_2026, "raadslid.rijswijk");
        Elements tables = page.select("table.app-activities");
        assertThat(tables)
                .isNotEmpty()
                .allMatch(t ->
                        !t.select("thead th:containsOwn(Tussentijdse stand)").isEmpty());
        Element interim = page.select("#activiteit-" + blackspots + " .app-verdict--interim")
                .first();
        assertThat(interim.text()).isEqualTo("➜ Loopt door");
        assertThat(interim.parent().text()).matches("➜ Loopt door tussentijds, \\d{1,2} \\p{L}+ \\d{4}");
        assertThat(page.select(".app-verdict--interim")).hasSize(1);
        // the plan is not evaluated: no year-end verdict column, the interim status does not pose as one
        assertThat(page.select("th:containsOwn(Status)")).isEmpty();
        assertThat(page.text()).contains("Een tussentijdse stand is geen eindoordeel");
    }

    @Test
    @Transactional
    void anInterimStatusNextToAYearEndVerdictLeavesTheVerdictAsItIs() throws Exception {
        long first = jdbc.sql("""
                select a.id from activity a join execution_plan p on p.id = a.plan_id join policy_framework f on f.id = p.framework_id
                where f.slug = 'ivb-2024-2027' and p.year = 2025 and a.position = 0""").query(Long.class).single();
        jdbc.sql(
                        "insert into evaluation (activity_id, moment, status, result_text, evaluated_at) values (?, 'INTERIM', 'RED', 'Achter op schema', timestamptz '2025-06-30 12:00+02')")
                .param(first)
                .update();
        Document page = page(WASSENAAR_2025, "raadslid.wassenaar");
        Element row = page.select("#activiteit-" + first).first();
        assertThat(row.select(".app-verdict:not(.app-verdict--interim)").text()).isEqualTo("✔ Gereed");
        assertThat(row.select(".app-verdict--interim").text()).isEqualTo("✖ Niet uitgevoerd/vindt geen doorgang");
        assertThat(row.text()).contains("tussentijds, 30 juni 2025");
        // the year-end counts stay those of the document: 14 green, 6 yellow, 1 red
        assertThat(page.select("tr[id^=activiteit-] .app-verdict:not(.app-verdict--interim)")
                        .eachText())
                .filteredOn(v -> v.contains("Gereed"))
                .hasSize(14);
        assertThat(page.select("tr[id^=activiteit-] .app-verdict:not(.app-verdict--interim)")
                        .eachText())
                .filteredOn(v -> v.contains("Niet uitgevoerd"))
                .hasSize(1);
    }

    private Document page(String url, String username) throws Exception {
        return Jsoup.parse(html(url, username));
    }

    private String html(String url, String username) throws Exception {
        return mvc.perform(get(url).with(as(jdbc, username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** The activity table of a main theme on the plan page. */
    private Element table(Document page, String mainTheme) {
        return page.select("section[aria-labelledby=thema-" + themeId(mainTheme) + "] table")
                .first();
    }

    /** The sub-themes of a table's rows, each run of equal ones once. */
    private static List<String> subThemeRuns(Element table) {
        return runs(table.select("tr[id^=activiteit-] > td:first-child").eachText());
    }

    static List<String> runs(List<String> values) {
        List<String> runs = new ArrayList<>();
        for (String value : values) {
            if (runs.isEmpty() || !runs.get(runs.size() - 1).equals(value)) {
                runs.add(value);
            }
        }
        return runs;
    }

    private long themeId(String name) {
        return jdbc.sql("""
                select t.id from theme t join policy_framework f on f.id = t.framework_id
                where f.slug = 'strategisch-veiligheidsbeleid-2026-2030' and t.name = ? and t.parent_id is null""").param(name).query(Long.class).single();
    }

    private long activityId(String titleLike) {
        return jdbc.sql("""
                select a.id from activity a join execution_plan p on p.id = a.plan_id join policy_framework f on f.id = p.framework_id
                where f.slug = 'strategisch-veiligheidsbeleid-2026-2030' and a.title like ?""").param(titleLike).query(Long.class).single();
    }
}
