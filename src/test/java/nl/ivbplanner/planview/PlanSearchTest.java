package nl.ivbplanner.planview;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.ivbplanner.support.IvbIntegrationTest;
import nl.ivbplanner.support.SqlStatementCounter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The plan filter's free text finds Dutch compounds and plurals, and no input breaks it. */
@IvbIntegrationTest
class PlanSearchTest {

    private static final String RIJSWIJK_2026 =
            "/gemeenten/rijswijk/kaders/strategisch-veiligheidsbeleid-2026-2030/plannen/2026";
    private static final String WASSENAAR_2025 = "/gemeenten/wassenaar/kaders/ivb-2024-2027/plannen/2025";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SqlStatementCounter counter;

    @Autowired
    PlanContentCache contents;

    @Test
    void drugsFindsTheActivitiesOnDrugshandelAndDrugsoverlast() throws Exception {
        // Rijswijk's theme 'Drugshandel' has four activities; one of them is about 'drugsoverlast'.
        mvc.perform(get(RIJSWIJK_2026).param("zoek", "drugs").with(as(jdbc, "adviseur.rijswijk")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">4 activiteiten<")))
                .andExpect(content().string(containsString("Drugshandel")))
                .andExpect(content().string(containsString("bij drugsoverlast")))
                .andExpect(content().string(not(containsString("fatbikeproblematiek"))));
        mvc.perform(get(WASSENAAR_2025).param("zoek", "Drugs").with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(content().string(containsString(">1 activiteit<")))
                .andExpect(content().string(containsString("Start project Dealbreakers.")));
    }

    @Test
    void fatbikeFindsFatbikesInActivitiesAndInResults() throws Exception {
        mvc.perform(get(RIJSWIJK_2026).param("zoek", "fatbike").with(as(jdbc, "adviseur.rijswijk")))
                .andExpect(content().string(containsString(">1 activiteit<")))
                .andExpect(
                        content().string(containsString("De bestaande aanpak fatbikeproblematiek wordt voortgezet")));
        // Wassenaar 2025: two year-end results mention 'fatbikes'
        mvc.perform(get(WASSENAAR_2025).param("zoek", "fatbike").with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(content().string(containsString(">2 activiteiten<")))
                .andExpect(content().string(containsString("Het preventieaanbod rondom diefstal ontwikkelen.")))
                .andExpect(content().string(containsString("Het houden van een publiekscampagne.")));
    }

    @Test
    void everyWordMustBeFoundSomewhereInTheRow() throws Exception {
        mvc.perform(get(RIJSWIJK_2026).param("zoek", "drugs Damocles").with(as(jdbc, "adviseur.rijswijk")))
                .andExpect(content().string(containsString(">2 activiteiten<")));
        mvc.perform(get(RIJSWIJK_2026).param("zoek", "drugs fatbike").with(as(jdbc, "adviseur.rijswijk")))
                .andExpect(content().string(containsString("Geen activiteiten voldoen aan dit filter.")));
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(
            strings = {
                "\"drugs",
                "drugs & | ! : * ( )",
                "'",
                "drugs:*",
                "!fatbike",
                "(drugs",
                "drugs <-> handel",
                "\\",
                "a:* | b",
                "’t",
                "%",
                "drugs OR fatbike",
                "-drugs",
                "é"
            })
    void oddInputNeverBreaksThePage(String typed) throws Exception {
        mvc.perform(get(RIJSWIJK_2026).param("zoek", typed).with(as(jdbc, "adviseur.rijswijk")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"zoek\"")));
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"&|!:*()", "   ", "''", "<->"})
    void inputWithoutAWordFiltersNothing(String typed) throws Exception {
        String all = mvc.perform(get(RIJSWIJK_2026).with(as(jdbc, "adviseur.rijswijk")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String count = all.replaceAll("(?s).*id=\"filter-aantal\"[^>]*>([^<]*)<.*", "$1");
        mvc.perform(get(RIJSWIJK_2026).param("zoek", typed).with(as(jdbc, "adviseur.rijswijk")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(count)));
    }

    @Test
    void searchingRunsTheSameNumberOfStatements() throws Exception {
        var advisor = as(jdbc, "adviseur.rijswijk");
        contents.clear();
        int plain = counter.count(
                () -> mvc.perform(get(RIJSWIJK_2026).with(advisor)).andExpect(status().isOk()));
        int searched = counter.count(
                () -> mvc.perform(get(RIJSWIJK_2026).param("zoek", "drugs").with(advisor))
                        .andExpect(status().isOk()));
        // as PlanPageTest: the plan page's statements, the council's questions about the plan among them
        assertThat(searched).isEqualTo(plain).isEqualTo(15);
    }
}
