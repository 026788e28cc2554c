package nl.ivbplanner.report;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import nl.ivbplanner.support.IvbIntegrationTest;
import nl.ivbplanner.support.KeptSession;
import nl.ivbplanner.support.SqlStatementCounter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Staff's PDF of a plan is laid out once while nothing in the database changes, and anew after a write: readers of an
 * unchanged report share one rendering, and an edit is in the next file. The edit is committed the way psql would.
 */
@IvbIntegrationTest
class LiveReportsTest {

    private static final String WASSENAAR_2025 = "/gemeenten/wassenaar/kaders/ivb-2024-2027/plannen/2025";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SqlStatementCounter counter;

    @Test
    void aRepeatedReadIsTheKeptFileWithoutReadingThePlan() throws Exception {
        RequestPostProcessor advisor = as(jdbc, "adviseur.wassenaar");
        // as a signed-in browser: one session, made on its first request (a write in the database like any other);
        // reading pages with it writes nothing (security/SessionsInDatabase)
        KeptSession browser = new KeptSession(mvc);
        pdf(browser, advisor);
        // a committed transaction id moves the database on, so nothing kept by earlier tests is read
        jdbc.sql("select pg_current_xact_id()").query().singleValue();
        byte[][] files = new byte[2][];
        int first = counter.count(() -> files[0] = pdf(browser, advisor));
        // PostgreSQL's own housekeeping (autoanalyze) also takes a transaction id, and then the next read renders
        // again: a few reads without a write in between always reach the kept file
        int again = first;
        for (int read = 0; read < 5 && again == first; read++) {
            again = counter.count(() -> files[1] = pdf(browser, advisor));
        }
        // again: the database's version, the plan's header and who may read it; not the plan's content
        assertThat(again).isLessThan(first).isLessThanOrEqualTo(4);
        assertThat(files[1]).isEqualTo(files[0]);
        assertThat(text(files[1])).contains("Wassenaar");
    }

    @Test
    void anEditIsInTheNextFile() throws Exception {
        Map<String, Object> activity = jdbc.sql("""
                select a.id, a.title from activity a join execution_plan p on p.id = a.plan_id
                join policy_framework f on f.id = p.framework_id
                where f.slug = 'ivb-2024-2027' and p.year = 2025 order by a.id limit 1""").query().singleRow();
        RequestPostProcessor advisor = as(jdbc, "adviseur.wassenaar");
        pdf(advisor);
        assertThat(text(pdf(advisor))).doesNotContain("Titel gewijzigd in psql");
        try {
            jdbc.sql("update activity set title = ? where id = ?")
                    .params("Titel gewijzigd in psql", activity.get("id"))
                    .update();
            assertThat(text(pdf(advisor))).contains("Titel gewijzigd in psql");
        } finally {
            jdbc.sql("update activity set title = ? where id = ?")
                    .params(activity.get("title"), activity.get("id"))
                    .update();
        }
        assertThat(text(pdf(advisor))).doesNotContain("Titel gewijzigd in psql");
    }

    @Test
    void aReaderWithoutAccessGetsNoKeptFile() throws Exception {
        pdf(as(jdbc, "adviseur.wassenaar"));
        mvc.perform(get(WASSENAAR_2025 + "/rapport.pdf").with(as(jdbc, "adviseur.rijswijk")))
                .andExpect(status().isForbidden());
    }

    private byte[] pdf(RequestPostProcessor user) throws Exception {
        return pdf(new KeptSession(mvc), user);
    }

    private byte[] pdf(KeptSession browser, RequestPostProcessor user) throws Exception {
        return browser.perform(get(WASSENAAR_2025 + "/rapport.pdf").with(user))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
