package nl.ivbplanner.export;

import static nl.ivbplanner.export.PlanWorkbookExportTest.RIJSWIJK_2026;
import static nl.ivbplanner.export.PlanWorkbookExportTest.WASSENAAR_2025;
import static nl.ivbplanner.export.PlanWorkbookExportTest.planIdSql;
import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

@IvbIntegrationTest
class ActivityCsvExportTest {

    private static final String TRICKY = "Eén; \"twee\" €\r\nregel drie";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void startsWithAByteOrderMarkAndSeparatesWithSemicolonsAndCrlf() throws Exception {
        byte[] body = csv(WASSENAAR_2025, "raadslid.wassenaar");
        assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        assertThat(text)
                .startsWith("Kenmerk;Thema;Subthema;Wat willen we bereiken?;Activiteit;Omschrijving;Doel;Partijen;"
                        + "Beoogd resultaat;Planning;Status;Resultaat\r\n");
        assertThat(records(body)).hasSize(21);
    }

    @Test
    void aConceptsActivityTableHasOneRecordPerActivity() throws Exception {
        List<CSVRecord> records = records(csv(RIJSWIJK_2026, "adviseur.rijswijk"));
        assertThat(records.get(0).size()).isEqualTo(10);
        assertThat(records)
                .hasSize(jdbc.sql("select count(*) from activity where plan_id = (%s)"
                                .formatted(planIdSql(RIJSWIJK_2026)))
                        .query(Integer.class)
                        .single());
    }

    @Test
    void rowsFollowTheDocumentWithTheirObjectiveAndEachOrganisationOnce() throws Exception {
        List<CSVRecord> records = records(csv(RIJSWIJK_2026, "adviseur.rijswijk"));
        // chapter 2: sub-theme A, then B, then C, never interleaved
        List<String> subThemes = records.stream()
                .filter(r -> r.get("Thema").equals("Zorg en Veiligheid"))
                .map(r -> r.get("Subthema"))
                .distinct()
                .toList();
        assertThat(subThemes)
                .containsExactly(
                        "A. Huiselijk geweld en femicide",
                        "B. Personen met onbegrepen gedrag",
                        "C. Multiprobleem gezinnen");
        assertThat(records.stream()
                        .filter(r -> r.get("Thema").equals("Zorg en Veiligheid"))
                        .map(r -> r.get("Subthema")))
                .isSorted();
        // the objective each action answers to, in its own column; the action's own goal stays empty as printed
        CSVRecord first = records.get(0);
        assertThat(first.get("Wat willen we bereiken?"))
                .isEqualTo("1. Lokale aanpak huiselijk geweld op basis van "
                        + "regiovisie huiselijk geweld door het sociaal domein i.s.m. veiligheid.");
        assertThat(first.get("Activiteit")).startsWith("Er wordt een actieve bijdrage geleverd");
        assertThat(first.get("Doel")).isEmpty();
        // Team OOV&B is trekker and has the regie of this action: named once, with both roles
        CSVRecord school = records.stream()
                .filter(r -> r.get("Activiteit").startsWith("Team OOV&B en Team jeugd"))
                .findFirst()
                .orElseThrow();
        assertThat(List.of(school.get("Partijen").split("; ")))
                .filteredOn(p -> p.contains("OOV&B"))
                .containsExactly("Team OOV&B (trekker, regie)");
        assertThat(records)
                .allSatisfy(r -> assertThat(List.of(r.get("Partijen").split("; ")).stream()
                                .map(p -> p.replaceAll(" \\((trekker|regie)(, regie)?\\)$", "")))
                        .doesNotHaveDuplicates());
    }

    @Test
    @Transactional
    void aTextWithSemicolonsQuotesAndLineBreaksReadsBackUnchanged() throws Exception {
        jdbc.sql(
                        "update activity set description = ?, goal = ? where id = (select min(id) from activity where plan_id = (%s))"
                                .formatted(planIdSql(WASSENAAR_2025)))
                .params(TRICKY, "=1+2")
                .update();
        List<CSVRecord> records = records(csv(WASSENAAR_2025, "adviseur.wassenaar"));
        assertThat(records).hasSize(21);
        CSVRecord changed = records.stream()
                .filter(r -> r.get("Omschrijving").equals(TRICKY))
                .findFirst()
                .orElseThrow();
        // Excel would run it as a formula: the apostrophe keeps it text
        assertThat(changed.get("Doel")).isEqualTo("'=1+2");
    }

    private byte[] csv(String page, String user) throws Exception {
        return mvc.perform(get(page + "/export.csv").with(as(jdbc, user)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    /** The records below the header line, which names the fields. */
    private static List<CSVRecord> records(byte[] body) throws Exception {
        String text = new String(body, StandardCharsets.UTF_8).substring(1); // past the byte order mark
        CSVFormat format =
                CSVFormat.EXCEL.builder().setDelimiter(';').setHeader().get();
        return format.parse(new StringReader(text)).getRecords();
    }
}
