package nl.ivbplanner.planview;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.ivbplanner.support.IvbIntegrationTest;
import nl.ivbplanner.support.PageText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the review of the pages against the source documents found missing: who has the regie ('Wie heeft de
 * regie?'), the sub-themes' own texts and goals, printed budget totals, a text target's comparator and where a KPI
 * belongs and comes from.
 */
@IvbIntegrationTest
class ThemeDetailsAsPrintedTest {

    private static final String RIJSWIJK = "/gemeenten/rijswijk/kaders/strategisch-veiligheidsbeleid-2026-2030";
    private static final String WESTLAND = "/gemeenten/westland/kaders/veiligheidsbeleid-2019-2022";
    private static final String LEIDSCHENDAM_VOORBURG = "/gemeenten/leidschendam-voorburg/kaders/ivb-2020-2022";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void thePlanAndItsReportSayWhoHasTheRegieOfAThemeAndOfItsSubThemes() throws Exception {
        for (String shown : new String[] {
            text(RIJSWIJK + "/plannen/2026", "manager.rijswijk"),
            text(RIJSWIJK + "/plannen/2026/rapport", "manager.rijswijk")
        }) {
            assertThat(shown)
                    .contains(
                            "Regie In het geval van bestuurlijke controles heeft de gemeente de regie.",
                            "Regie A. Schoolveiligheid De regie op schoolveiligheid ligt bij de gemeentelijke teams OOV&B en JOS",
                            "Regie B. Jeugd en Criminaliteit De regie ligt bij de team OOV&B");
        }
        assertThat(text(RIJSWIJK + "/rapport", "manager.rijswijk"))
                .contains(
                        "Regie De regie op schoolveiligheid ligt bij de gemeentelijke teams OOV&B en JOS",
                        "Regie In het geval van bestuurlijke controles heeft de gemeente de regie.");
    }

    @Test
    void theFrameworkPageShowsEachSubThemeWithItsOwnTextAndGoals() throws Exception {
        String westland = text(WESTLAND, "manager.westland");
        String subTheme = between(
                westland, "5.1 a. Overlast, geweld op het snijvlak van zorg & veiligheid", "5.1 b. Woninginbraak");
        assertThat(subTheme)
                .contains(
                        "Bij dit deelthema ligt het accent op complexe sociale gevallen",
                        "Doelen Een zodanige infrastructuur van samenwerkende professionals");
        assertThat(text(LEIDSCHENDAM_VOORBURG, "manager.leidschendam-voorburg"))
                .contains("4.1.1. Sociale kwaliteit De sociale kwaliteit van een buurt, wijk, kern wordt sterk b");
    }

    @Test
    void aPrintedBudgetTotalIsShownUnderItsLines() throws Exception {
        assertThat(text(LEIDSCHENDAM_VOORBURG, "manager.leidschendam-voorburg")).contains("Totaal € 5.906.232");
    }

    @Test
    void aTextTargetKeepsItsComparatorAndAKpiSaysItsThemeAndSource() throws Exception {
        String page = text(WESTLAND, "manager.westland");
        assertThat(page)
                .contains("incidenten woonoverlast (p/1.000 inwoners) 5.1 c. Leefbaarheid en verkeersveiligheid"
                        + " · bron: politie Standaardindicator: Incidenten woonoverlast per 1.000 inwoners"
                        + " per 1.000 inwoners PM (2017) ≤ PM (2022)");
        assertThat(text(WESTLAND + "/rapport", "manager.westland"))
                .contains("≤ PM (2022)", "· bron: veiligheidsmonitor");
    }

    private String text(String url, String user) throws Exception {
        return PageText.of(mvc.perform(get(url).with(as(jdbc, user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        assertThat(start).as("'%s' is shown", from).isNotNegative();
        return text.substring(start, text.indexOf(to, start));
    }
}
