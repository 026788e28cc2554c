package nl.ivbplanner.dashboard;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.ivbplanner.support.IvbIntegrationTest;
import nl.ivbplanner.support.SqlStatementCounter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** The managers' dashboard on the seeded plans, against numbers counted by hand in the source documents. */
@IvbIntegrationTest
@Transactional
class DashboardTest {

    private static final String WASSENAAR = "/gemeenten/wassenaar/kaders/ivb-2024-2027/dashboard";
    private static final String RIJSWIJK =
            "/gemeenten/rijswijk/kaders/strategisch-veiligheidsbeleid-2026-2030/dashboard";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DashboardQueries queries;

    @Autowired
    SqlStatementCounter counter;

    @Test
    void verdictsPerThemeOfWassenaar2025MatchTheEvaluation() {
        long plan = jdbc.sql("""
                select p.id from execution_plan p join policy_framework f on f.id = p.framework_id
                where f.slug = 'ivb-2024-2027' and p.year = 2025""").query(Long.class).single();
        assertThat(queries.verdictsPerTheme(plan))
                .extracting(t -> t.theme() + " " + t.green() + "/" + t.yellow() + "/" + t.red() + "/" + t.open())
                .containsExactly(
                        "Buurt en veiligheid 4/1/0/0",
                        "Zorg en veiligheid 5/2/1/0",
                        "Leefbaarheid 3/2/0/0",
                        "Ondermijning 1/0/0/0",
                        "Weerbaarheid 1/1/0/0");
    }

    @Test
    void anInterimStatusIsCountedApartAndNeverAddedToTheYearEndVerdicts() throws Exception {
        long first = jdbc.sql("""
                select a.id from activity a join execution_plan p on p.id = a.plan_id join policy_framework f on f.id = p.framework_id
                where f.slug = 'ivb-2024-2027' and p.year = 2025 and a.position = 0""").query(Long.class).single();
        String before = mvc.perform(get(WASSENAAR).with(as(jdbc, "raadslid.wassenaar")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(before).doesNotContain("Tussentijdse stand per thema");
        jdbc.sql("""
                insert into evaluation (activity_id, moment, status, result_text, evaluated_at)
                values (?, 'INTERIM', 'RED', 'Achter op schema', timestamptz '2025-06-30 12:00+02')""").param(first).update();

        Document page = Jsoup.parse(mvc.perform(get(WASSENAAR).with(as(jdbc, "raadslid.wassenaar")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        // the year-end table is the same as without the interim status (its activity is green at year end)
        assertThat(page.select("#per-thema ~ div table").outerHtml())
                .isEqualTo(Jsoup.parse(before).select("#per-thema ~ div table").outerHtml());
        assertThat(page.select("#per-thema ~ div table tfoot td").eachText())
                .containsExactly("14", "6", "1", "0", "21");
        // the interim status in a table of its own, marked as such: 1 red in Buurt en veiligheid, on 30 June
        assertThat(page.select("#tussentijds").text()).isEqualTo("Tussentijdse stand per thema");
        assertThat(page.select("#tussentijds ~ div table tbody tr").eachText())
                .containsExactly("Buurt en veiligheid 0 0 1 0 1 van 5 30 juni 2025");
        assertThat(page.select("#tussentijds + p").text()).startsWith("Een tussentijdse stand is geen eindoordeel");
        assertThat(queries.verdictsPerTheme(planOf(first)))
                .extracting(t -> t.theme() + " " + t.green() + "/" + t.yellow() + "/" + t.red() + "/" + t.open()
                        + " interim " + t.interimRed())
                .startsWith("Buurt en veiligheid 4/1/0/0 interim 1", "Zorg en veiligheid 5/2/1/0 interim 0");
    }

    private long planOf(long activity) {
        return jdbc.sql("select plan_id from activity where id = ?")
                .param(activity)
                .query(Long.class)
                .single();
    }

    @Test
    void aCouncilMemberSeesTheEvaluatedYearWithBarsNumbersAndShares() throws Exception {
        mvc.perform(get(WASSENAAR).with(as(jdbc, "raadslid.wassenaar")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Uitvoeringsplan Integraal Veiligheidsbeleid 2025")))
                // Buurt en veiligheid: 4 green and 1 yellow on a scale of 8 (Zorg en veiligheid, the largest theme)
                .andExpect(content()
                        .string(containsString("x=\"0.0\" width=\"150.0\" fill=\"url(#chart-fill-GREEN_SOLID)\"")))
                .andExpect(content()
                        .string(containsString("x=\"150.0\" width=\"37.5\" fill=\"url(#chart-fill-YELLOW_HATCHED)\"")))
                .andExpect(content().string(containsString("/kaders/ivb-2024-2027/plannen/2025?thema=")))
                .andExpect(content().string(containsString(">67% (14)<")))
                .andExpect(content().string(containsString(">29% (6)<")))
                .andExpect(content().string(containsString(">5% (1)<")))
                .andExpect(content().string(containsString("aria-hidden=\"true\" focusable=\"false\"")))
                // the concept plan 2026 is not there for a council member, nor as a point of attention
                .andExpect(content().string(not(containsString("Wassenaar 2026"))))
                .andExpect(content().string(not(containsString("Nog niet vastgesteld"))));
        mvc.perform(get(WASSENAAR).param("jaar", "2026").with(as(jdbc, "raadslid.wassenaar")))
                .andExpect(status().isNotFound());
    }

    @Test
    void staffSeeTheConceptThatMissedItsAdoptionDate() throws Exception {
        mvc.perform(get(WASSENAAR).with(as(jdbc, "manager.wassenaar")))
                .andExpect(content().string(containsString("Nog niet vastgesteld, terwijl 1 maart 2026 voorbij is:")))
                .andExpect(
                        content().string(containsString("Uitvoeringsplan Integraal Veiligheidsbeleid Wassenaar 2026")));
    }

    @Test
    void budgetAndStaffingOfRijswijk2026AddUp() throws Exception {
        mvc.perform(get(RIJSWIJK).with(as(jdbc, "manager.rijswijk")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("€ 6.320.000")))
                .andExpect(content().string(containsString("€ 5.701.000")))
                .andExpect(content().string(containsString("Niet aan een thema toegewezen")))
                .andExpect(content().string(containsString(">9,50<")))
                // the municipality's formation (9,50 printed for Team OOV&B, 21,78 in 'Meer blauw op straat') and the
                // police's 72,00 apart; the police's 'totaal, waaronder' is not added to its own parts
                .andExpect(content().string(containsString("Totaal gemeente</th>")))
                .andExpect(content().string(containsString(">31,28<")))
                .andExpect(content().string(containsString(">6,14<")))
                .andExpect(content().string(containsString("Totaal politie</th>")))
                .andExpect(content().string(containsString(">72,00<")))
                .andExpect(content().string(not(containsString(">172,28<"))))
                .andExpect(content().string(not(containsString(">141,00<"))));
    }

    @Test
    void kpiChartsComeWithATextAlternative() throws Exception {
        mvc.perform(get("/gemeenten/wassenaar/kaders/ondermijning-2025-2028/dashboard")
                        .with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                "aria-label=\"Lijndiagram van ‘Meldingen via Meld Misdaad Anoniem (M)’")))
                .andExpect(content().string(containsString("Waarden van ‘Meldingen via Meld Misdaad Anoniem (M)’")))
                .andExpect(content().string(containsString("Geen streefwaarde om aan te toetsen")));
    }

    @Test
    void overdueActivitiesAndKpisWithoutMeasurementsAreListed() throws Exception {
        long plan2025 = jdbc.sql("""
                select p.id from execution_plan p join policy_framework f on f.id = p.framework_id
                where f.slug = 'ivb-2024-2027' and p.year = 2025""").query(Long.class).single();
        jdbc.sql(
                        "insert into kpi (plan_id, position, name, kind) values (?, 50, 'Keurmerk Veilig Ondernemen behaald', 'MILESTONE')")
                .param(plan2025)
                .update();
        long open = jdbc.sql("select min(id) from activity where plan_id = ?")
                .param(plan2025)
                .query(Long.class)
                .single();
        jdbc.sql("delete from evaluation where activity_id = ?").param(open).update();
        mvc.perform(get(WASSENAAR).with(as(jdbc, "raadslid.wassenaar")))
                .andExpect(content()
                        .string(containsString("Plan 2025, de planning is verstreken zonder eindejaarsoordeel:")))
                .andExpect(content().string(containsString("/gemeenten/wassenaar/activiteiten/" + open)))
                .andExpect(content().string(containsString("Plan 2025, al meer dan een jaar geen meting:")))
                .andExpect(content().string(containsString("Keurmerk Veilig Ondernemen behaald")));
    }

    @Test
    void budgetPerYearComparesThePlansAndLeavesConceptsToStaff() throws Exception {
        for (int year : new int[] {2025, 2026}) {
            long table = jdbc.sql("""
                    insert into budget_table (plan_id, title, position)
                    select p.id, 'Middelen ' || p.year, 0 from execution_plan p join policy_framework f on f.id = p.framework_id
                    where f.slug = 'ivb-2024-2027' and p.year = ? returning id""").param(year).query(Long.class).single();
            jdbc.sql(
                            "insert into budget_line (budget_table_id, label, amount_cents, position) values (?, 'Cameratoezicht', ?, 0)")
                    .param(table)
                    .param(year == 2025 ? 1_250_000L : 2_000_000L)
                    .update();
        }
        mvc.perform(get(WASSENAAR).with(as(jdbc, "manager.wassenaar")))
                .andExpect(content().string(containsString("Begroting per jaar")))
                .andExpect(content().string(containsString("€ 12.500")))
                .andExpect(content().string(containsString("€ 20.000")));
        mvc.perform(get(WASSENAAR).with(as(jdbc, "raadslid.wassenaar")))
                .andExpect(content().string(not(containsString("Begroting per jaar"))))
                .andExpect(content().string(not(containsString("€ 20.000"))));
    }

    @Test
    void anotherMunicipalityIsRefused() throws Exception {
        mvc.perform(get(WASSENAAR).with(as(jdbc, "manager.rijswijk"))).andExpect(status().isForbidden());
    }

    @Test
    void theDashboardRunsAFixedNumberOfStatements() throws Exception {
        var manager = as(jdbc, "manager.rijswijk");
        int statements =
                counter.count(() -> mvc.perform(get(RIJSWIJK).with(manager)).andExpect(status().isOk()));
        // framework, plans, legend, per year, attention, budget per year, per theme, KPIs with their measurements,
        // budget, formation, and the header's municipality switcher
        assertThat(statements).isEqualTo(11);
    }
}
