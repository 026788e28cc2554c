package nl.ivbplanner.planimport;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The import's pages: who reaches them, and a refused file answered next to the field with nothing kept. */
@IvbIntegrationTest
class PlanImportPagesTest {

    private static final String WASSENAAR_2026 = "/gemeenten/wassenaar/kaders/ivb-2024-2027/plannen/2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdvisorOfTheMunicipalityGetsTheUploadPageOfAConcept() throws Exception {
        String page = mvc.perform(get(WASSENAAR_2026 + "/import").with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page)
                .contains("Importeren uit Excel of Word")
                .contains("enctype=\"multipart/form-data\"")
                .contains("<label class=\"utrecht-form-label\" for=\"bestand\">Bestand</label>")
                .contains("aria-describedby=\"bestand-hint\"")
                .contains("Er is nog niets geïmporteerd in dit plan.");
    }

    @Test
    void othersAreTurnedAwayAndAnAdoptedPlanTakesNoImport() throws Exception {
        mvc.perform(get(WASSENAAR_2026 + "/import").with(as(jdbc, "raadslid.wassenaar")))
                .andExpect(status().isForbidden());
        mvc.perform(get(WASSENAAR_2026 + "/import").with(as(jdbc, "adviseur.rijswijk")))
                .andExpect(status().isForbidden());
        mvc.perform(multipart(WASSENAAR_2026 + "/import")
                        .file(new MockMultipartFile("bestand", "plan.xlsx", null, new byte[] {1, 2, 3}))
                        .with(csrf())
                        .with(as(jdbc, "adviseur.rijswijk")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/gemeenten/wassenaar/kaders/ivb-2024-2027/plannen/2025/import")
                        .with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(status().isConflict());
    }

    @Test
    void aFileThatIsNoWorkbookIsRefusedNextToTheFieldAndNothingIsKept() throws Exception {
        long before =
                jdbc.sql("select count(*) from plan_import").query(Long.class).single();

        mvc.perform(multipart(WASSENAAR_2026 + "/import")
                        .file(new MockMultipartFile(
                                "bestand",
                                "plan.csv",
                                "text/csv",
                                "Activiteit;Doel\nCameratoezicht;Veilig".getBytes(StandardCharsets.UTF_8)))
                        .with(csrf())
                        .with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString(
                                "id=\"bestand-fout\">Dit is geen Excel-werkmap (.xlsx) of Word-document (.docx).")));

        assertThat(jdbc.sql("select count(*) from plan_import")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void aPreviewOfSomeoneElsesOrAnUnknownUploadIsNotFound() throws Exception {
        mvc.perform(get(WASSENAAR_2026 + "/import/987654").with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(status().isNotFound());
    }
}
