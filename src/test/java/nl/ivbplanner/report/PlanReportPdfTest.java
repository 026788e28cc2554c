package nl.ivbplanner.report;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Pattern;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The PDF as a council member gets it: text, tags, language, contents with page numbers. */
@IvbIntegrationTest
class PlanReportPdfTest {

    static final String WASSENAAR_2025 = "/gemeenten/wassenaar/kaders/ivb-2024-2027/plannen/2025";
    static final String RIJSWIJK_2026 =
            "/gemeenten/rijswijk/kaders/strategisch-veiligheidsbeleid-2026-2030/plannen/2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theEvaluationReportShowsThemesActivitiesAndTheMunicipalitysVerdicts() throws Exception {
        byte[] pdf = pdf(WASSENAAR_2025 + "/rapport.pdf", "raadslid.wassenaar");
        String text = text(pdf);

        assertThat(text)
                .contains("Buurt en veiligheid", "Zorg en veiligheid", "Ondermijning")
                .contains(firstActivityTitle(2025))
                .contains("Gereed", "Op schema 2026/2027")
                .contains("Samenvatting van de oordelen", "pagina 2 van");
        assertThat(text).doesNotContain("CONCEPT");
    }

    @Test
    void theContentsListsEachThemeWithItsPageNumber() throws Exception {
        String text = text(pdf(WASSENAAR_2025 + "/rapport.pdf", "raadslid.wassenaar"));

        assertThat(Pattern.compile("Buurt en veiligheid \\.[ .]*\\d+")
                        .matcher(text)
                        .find())
                .as("a page number after the theme in the contents:%n%s", text.substring(0, 1500))
                .isTrue();
    }

    @Test
    void isATaggedPdfInDutch() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf(WASSENAAR_2025 + "/rapport.pdf", "raadslid.wassenaar"))) {
            assertThat(document.getDocumentCatalog().getMarkInfo()).isNotNull();
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("nl");
            assertThat(document.getDocumentInformation().getTitle()).contains("Wassenaar");
            assertThat(document.getNumberOfPages()).isGreaterThan(3);
        }
    }

    @Test
    void theUitvoeringsplanLayoutHasActivitiesBudgetFormationAndTheConceptMark() throws Exception {
        byte[] pdf = pdf(RIJSWIJK_2026 + "/rapport.pdf", "adviseur.rijswijk");
        PdfPages.save(pdf, "rijswijk-2026");
        PdfPages.save(pdf(WASSENAAR_2025 + "/rapport.pdf", "raadslid.wassenaar"), "wassenaar-2025");

        assertThat(text(pdf))
                .contains(
                        "(trekker",
                        "€ 5.615.000",
                        "Procesregisseur PGA-Jeugd",
                        "CONCEPT",
                        firstActivityTitle(2026, "rijswijk"));
    }

    @Test
    void theFrameworkReportHasMissionThemesAndGoals() throws Exception {
        byte[] pdf = pdf("/gemeenten/wassenaar/kaders/ivb-2024-2027/rapport.pdf", "raadslid.wassenaar");
        PdfPages.save(pdf, "wassenaar-kader");
        String text = text(pdf);

        assertThat(text).contains("Thema's", "Buurt en veiligheid", "Toezicht Handhaving");
    }

    private byte[] pdf(String path, String user) throws Exception {
        return mvc.perform(get(path).with(as(jdbc, user)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", MediaType.APPLICATION_PDF_VALUE))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private String firstActivityTitle(int year) {
        return firstActivityTitle(year, "wassenaar");
    }

    /** The plan's shortest activity title, with single spaces as the extracted text has them. */
    private String firstActivityTitle(int year, String municipality) {
        return jdbc.sql("""
                select a.title from activity a join execution_plan p on p.id = a.plan_id
                join policy_framework f on f.id = p.framework_id join municipality m on m.id = f.municipality_id
                where m.slug = ? and p.year = ? order by length(a.title), a.id limit 1""")
                .param(municipality)
                .param(year)
                .query(String.class)
                .single()
                .replaceAll("\\s+", " ");
    }
}
