package nl.ivbplanner.report;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Every report of the seeded documents, plan and framework, is an accessible (PDF/UA-1) and archivable (PDF/A-2a)
 * file, as veraPDF judges it: the reports are rendered by the real endpoint from whatever the seeds hold.
 */
@IvbIntegrationTest
class ReportPdfConformanceTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void startVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void everySeededReportIsPdfUa1AndPdfA2a() throws Exception {
        List<String> reports = reportPaths();
        assertThat(reports).hasSizeGreaterThan(6);

        Map<String, List<String>> failures = new TreeMap<>();
        for (String path : reports) {
            String municipality = path.split("/")[2];
            byte[] pdf = mvc.perform(get(path).with(as(jdbc, "manager." + municipality)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsByteArray();
            for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_A)) {
                List<String> failed = failedRules(pdf, flavour);
                if (!failed.isEmpty()) {
                    failures.put(path + " " + flavour.getId(), failed);
                }
            }
        }

        assertThat(failures).as("veraPDF's failed rules per report").isEmpty();
    }

    /**
     * Each seeded plan's and framework's report, and each verantwoording and voortgangsrapportage the seeds have, as a
     * signed-in manager of its municipality opens it.
     */
    private List<String> reportPaths() {
        List<String> paths = new ArrayList<>(jdbc.sql("""
                select '/gemeenten/' || m.slug || '/kaders/' || f.slug || '/plannen/' || p.year || '/rapport.pdf'
                from execution_plan p join policy_framework f on f.id = p.framework_id
                join municipality m on m.id = f.municipality_id order by m.slug, f.slug, p.year""").query(String.class).list());
        paths.addAll(jdbc.sql("""
                select '/gemeenten/' || m.slug || '/kaders/' || f.slug || '/rapport.pdf'
                from policy_framework f join municipality m on m.id = f.municipality_id order by m.slug, f.slug""").query(String.class).list());
        // the yearly verantwoording of an evaluated year, and the voortgangsrapportage of an adopted or evaluated plan
        paths.addAll(jdbc.sql("""
                select '/gemeenten/' || m.slug || '/kaders/' || f.slug || '/plannen/' || p.year || r.file
                from execution_plan p join policy_framework f on f.id = p.framework_id
                join municipality m on m.id = f.municipality_id
                join (values ('/verantwoording.pdf', 'GEEVALUEERD'), ('/voortgang.pdf', 'VASTGESTELD'),
                             ('/voortgang.pdf', 'GEEVALUEERD')) r (file, state) on r.state = p.state
                order by m.slug, f.slug, p.year, r.file""").query(String.class).list());
        return paths;
    }

    /** veraPDF's failed rules for the flavour, each once, with its clause and what it says. */
    static List<String> failedRules(byte[] pdf, PDFAFlavour flavour) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            return result.getTestAssertions().stream()
                    .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
                    .map(assertion -> assertion.getRuleId().getClause() + "-"
                            + assertion.getRuleId().getTestNumber() + " " + assertion.getMessage())
                    .distinct()
                    .toList();
        }
    }
}
