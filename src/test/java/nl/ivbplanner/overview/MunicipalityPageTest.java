package nl.ivbplanner.overview;

import static nl.ivbplanner.support.Logins.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.ivbplanner.support.IvbIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IvbIntegrationTest
class MunicipalityPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void showsWassenaarsTwoFrameworksWithThePlansOf2025And2026AndTheirStates() throws Exception {
        mvc.perform(get("/gemeenten/wassenaar").with(as(jdbc, "manager.wassenaar")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Integraal Veiligheidsbeleid (IVB) 2024-2027")))
                .andExpect(content()
                        .string(containsString("Gemeentelijke aanpak tegen ondermijnende criminaliteit in Wassenaar")))
                .andExpect(content().string(containsString("Looptijd 2024 tot en met 2027")))
                .andExpect(content().string(containsString("Vastgesteld door de gemeenteraad op 19 december 2023")))
                .andExpect(
                        content()
                                .string(
                                        matchesPattern(
                                                "(?s).*>2026<.*Uitvoeringsplan Integraal Veiligheidsbeleid Wassenaar 2026.*>Concept<.*"
                                                        + ">2025<.*Uitvoeringsplan Integraal Veiligheidsbeleid 2025.*>Geëvalueerd<.*28 januari 2025.*")));
    }

    @Test
    void speaksEnglishWhenAsked() throws Exception {
        mvc.perform(get("/gemeenten/rijswijk").param("lang", "en").with(as(jdbc, "adviseur.rijswijk")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"en\"")))
                .andExpect(content().string(containsString("Municipality of Rijswijk")))
                .andExpect(content().string(containsString("Strategisch Veiligheidsbeleid 2026-2030")));
    }
}
