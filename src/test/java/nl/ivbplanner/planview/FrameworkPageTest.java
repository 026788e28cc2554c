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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IvbIntegrationTest
class FrameworkPageTest {

    private static final String WESTLAND = "/gemeenten/westland/kaders/veiligheidsbeleid-2019-2022";
    private static final String LEIDSCHENDAM_VOORBURG = "/gemeenten/leidschendam-voorburg/kaders/ivb-2020-2022";
    private static final String WASSENAAR_IVB = "/gemeenten/wassenaar/kaders/ivb-2024-2027";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SqlStatementCounter counter;

    @Test
    void showsWestlandsThemesWithKindKernbeleidFieldLinesAndIndicators() throws Exception {
        mvc.perform(get(WESTLAND).with(as(jdbc, "raadslid.westland")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Westlands Veiligheidsbeleid 2019-2022")))
                .andExpect(content().string(containsString("Going concern")))
                .andExpect(content().string(containsString("Kernbeleid Veiligheid 4: Fysieke veiligheid")))
                .andExpect(content().string(containsString("Hoofdlijn")))
                .andExpect(content().string(containsString("€ 525.000")))
                .andExpect(content().string(containsString("maximaal")));
    }

    @Test
    void showsLeidschendamVoorburgsMissionAndTrekkers() throws Exception {
        String mission = jdbc.sql("select mission from policy_framework where slug = 'ivb-2020-2022'")
                .query(String.class)
                .single();
        mvc.perform(get(LEIDSCHENDAM_VOORBURG).with(as(jdbc, "manager.leidschendam-voorburg")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Missie")))
                .andExpect(content()
                        .string(containsString(
                                mission.lines().findFirst().orElseThrow().replace("'", "&#39;"))))
                .andExpect(content().string(containsString("Lourens Visser / Wouter Arends")))
                .andExpect(content().string(containsString("€ 5.750.000")));
    }

    @Test
    void listsOnlyAdoptedPlansToCouncilMembers() throws Exception {
        mvc.perform(get(WASSENAAR_IVB).with(as(jdbc, "raadslid.wassenaar")))
                .andExpect(content().string(containsString("Uitvoeringsplan Integraal Veiligheidsbeleid 2025")))
                .andExpect(content()
                        .string(not(containsString("Uitvoeringsplan Integraal Veiligheidsbeleid Wassenaar 2026"))));
        mvc.perform(get(WASSENAAR_IVB).with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(
                        content().string(containsString("Uitvoeringsplan Integraal Veiligheidsbeleid Wassenaar 2026")));
        mvc.perform(get(WASSENAAR_IVB).with(as(jdbc, "adviseur.westland"))).andExpect(status().isForbidden());
    }

    @Test
    void runsTheSameNumberOfStatementsForEveryFramework() throws Exception {
        var admin = as(jdbc, "beheerder");
        int westland =
                counter.count(() -> mvc.perform(get(WESTLAND).with(admin)).andExpect(status().isOk()));
        int wassenaar =
                counter.count(() -> mvc.perform(get(WASSENAAR_IVB).with(admin)).andExpect(status().isOk()));
        // header, themes, lines, their partner links, goals, sections, KPIs, budget, plans, and the header's
        // municipality switcher
        assertThat(westland).isEqualTo(10).isEqualTo(wassenaar);
    }
}
