package nl.ivbplanner.planimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.ivbplanner.support.IvbOwnDatabaseTest;
import nl.ivbplanner.support.SqlStatementCounter;
import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The upload and its preview read the plan with a fixed number of statements (29 today), however many rows the file
 * has: Rijswijk's 2026 workbook (activities, KPIs, budget and formation) as exported, and with forty more activities
 * and every activity changed.
 */
@IvbOwnDatabaseTest
class PlanImportStatementsTest {

    private static final String PLAN =
            "/gemeenten/rijswijk/kaders/strategisch-veiligheidsbeleid-2026-2030/plannen/2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    @Autowired
    SqlStatementCounter counter;

    @Test
    void thePreviewRunsAsManyStatementsForAFileWithManyMoreRows() throws Exception {
        ImportPages pages = new ImportPages(mvc, jdbc, PLAN, "adviseur.rijswijk");
        byte[] export = pages.export();
        ExportedActivitySheet more = new ExportedActivitySheet(export, messages);
        List<Row> rows = more.rows();
        for (Row row : rows) {
            more.set(row, "export.activity.planning", "Hele jaar 2026");
        }
        for (int i = 0; i < 40; i++) {
            more.copyBelow(rows.get(i % rows.size()), "Nieuwe activiteit " + i);
        }
        byte[] larger = more.bytes();

        int asExported = counter.count(
                () -> assertThat(pages.preview(export, "plan.xlsx")).contains("Niets gewijzigd"));
        int larger40 = counter.count(
                () -> assertThat(pages.preview(larger, "plan.xlsx")).contains("40 nieuw"));

        assertThat(larger40).isEqualTo(asExported).isLessThanOrEqualTo(30);
    }
}
