package nl.ivbplanner.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.ivbplanner.support.IvbIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** Published reports without a sign-in, and a 404 for everything a visitor may not see or guesses. */
@IvbIntegrationTest
class PublicReportTest {

    static final String WASSENAAR = "/openbaar/wassenaar/kaders/ivb-2024-2027";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void servesAnEvaluatedPlanWithoutSigningIn() throws Exception {
        mvc.perform(get(WASSENAAR + "/plannen/2025"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Op schema 2026/2027")))
                // the published version's own PDF
                .andExpect(content().string(containsString("href=\"" + WASSENAAR + "/plannen/2025/versies/")))
                .andExpect(content().string(not(containsString("/gemeenten/"))));
        byte[] pdf = mvc.perform(get(WASSENAAR + "/plannen/2025.pdf"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(PlanReportPdfTest.text(pdf)).contains("Gereed", "Op schema 2026/2027");
    }

    @Test
    void servesThePublishedFrameworkWithoutSigningIn() throws Exception {
        mvc.perform(get(WASSENAAR))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Buurt en veiligheid")));
        mvc.perform(get(WASSENAAR + ".pdf")).andExpect(status().isOk());
    }

    @Test
    void keepsConceptsUnknownPlansAndGuessesNotFound() throws Exception {
        for (String path : new String[] {
            WASSENAAR + "/plannen/2026",
            WASSENAAR + "/plannen/2026.pdf",
            WASSENAAR + "/plannen/2031",
            WASSENAAR + "/plannen/1999.pdf",
            WASSENAAR + "/plannen/abc",
            "/openbaar/wassenaar/kaders/onbekend",
            "/openbaar/wassenaar/kaders/onbekend.pdf",
            "/openbaar/onbekend/kaders/ivb-2024-2027/plannen/2025"
        }) {
            mvc.perform(get(path)).andExpect(status().isNotFound());
        }
    }

    @Test
    @Transactional
    void aMunicipalityThatDoesNotPublishHasNoPublicReports() throws Exception {
        jdbc.sql("update municipality set publish_publicly = false where slug = 'wassenaar'")
                .update();

        mvc.perform(get(WASSENAAR + "/plannen/2025")).andExpect(status().isNotFound());
        mvc.perform(get(WASSENAAR + "/plannen/2025.pdf")).andExpect(status().isNotFound());
        mvc.perform(get(WASSENAAR)).andExpect(status().isNotFound());
    }
}
