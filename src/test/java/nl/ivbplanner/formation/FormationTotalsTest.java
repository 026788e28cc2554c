package nl.ivbplanner.formation;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import nl.ivbplanner.support.IvbIntegrationTest;
import nl.ivbplanner.support.PageText;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rijswijk's formation (chapter 9) as the document totals it: Team OOV&B 9,50 and 1,80 as printed; in 'Motie Meer
 * blauw op straat' the municipality's people and the police's apart, and the police's 'Formatie (totaal,
 * waaronder…)' not added to the three lines it holds.
 */
@IvbIntegrationTest
class FormationTotalsTest {

    private static final String PLAN =
            "/gemeenten/rijswijk/kaders/strategisch-veiligheidsbeleid-2026-2030/plannen/2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @PersistenceContext
    EntityManager entityManager;

    @Test
    void thePlanPageAndTheReportShowThePrintedTotalsAndTheOrganisationsApart() throws Exception {
        for (String shown : new String[] {text(PLAN), text(PLAN + "/rapport")}) {
            String team = between(shown, "Formatie: Team Openbare Orde en Veiligheid & Bibob", "Formatie: Motie");
            assertThat(team).contains("Totaal 9,50 1,80").doesNotContain("Totaal gemeente");
            String blue = between(shown, "Formatie: Motie Meer blauw op straat", "IVB Planner ondersteunt");
            assertThat(blue)
                    .contains("Totaal gemeente 21,78 4,34", "Totaal politie 72,00 0,00")
                    .contains("Wijkagenten (deel van het totaal hierboven)")
                    .doesNotContain("141,00", "93,78", "162,28");
        }
    }

    @Test
    void theExportHasTheSameTotalsAndMarksTheParts() throws Exception {
        byte[] body = mvc.perform(get(PLAN + "/export.xlsx").with(as(jdbc, "adviseur.rijswijk")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            List<String> totals = new ArrayList<>();
            for (Row row : workbook.getSheet("Formatie totalen")) {
                if (row.getRowNum() > 0) {
                    totals.add(row.getCell(1).getStringCellValue() + " "
                            + row.getCell(2).getNumericCellValue() + " "
                            + row.getCell(3).getNumericCellValue());
                }
            }
            assertThat(totals)
                    .containsExactly("Totaal 9.5 1.8", "Totaal gemeente 21.78 4.34", "Totaal politie 72.0 0.0");
            long parts = 0;
            for (Row row : workbook.getSheet("Formatie")) {
                // after the Kenmerk, Tabel, Groep and Functie columns
                if ("ja".equals(row.getCell(5).getStringCellValue())) {
                    parts++;
                    assertThat(row.getCell(4).getStringCellValue()).isEqualTo("politie");
                }
            }
            assertThat(parts).isEqualTo(3);
        }
    }

    @Test
    @Transactional
    void aLineCanOnlyBePartOfATotalLineOfItsOwnTable() throws Exception {
        long teamLine = line("Procesregisseur PGA-Jeugd");
        long policeTotal = line("Formatie (totaal, waaronder…)");
        String page = mvc.perform(post(PLAN + "/formatie/regels/{id}/bewerken", teamLine)
                        .with(csrf())
                        .with(as(jdbc, "adviseur.rijswijk"))
                        .param("functie", "Procesregisseur PGA-Jeugd (tijdelijk)")
                        .param("fteExtra", "1,00")
                        .param("organisatie", "MUNICIPALITY")
                        .param("onderdeelVan", String.valueOf(policeTotal))
                        .param("version", String.valueOf(version(teamLine))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("id=\"onderdeelVan-fout\"", "Kies een totaalregel uit dezelfde tabel")
                .contains("value=\"Procesregisseur PGA-Jeugd (tijdelijk)\"");
        assertThat(jdbc.sql("select function_name from capacity_line where id = ?")
                        .param(teamLine)
                        .query(String.class)
                        .single())
                .isEqualTo("Procesregisseur PGA-Jeugd");
    }

    @Test
    @Transactional
    void makingALinePartOfATotalTakesItOutOfTheSum() throws Exception {
        long boa = line("Flexibel in te zetten BOA");
        long wijkboa = line("WijkBOA");
        mvc.perform(post(PLAN + "/formatie/regels/{id}/bewerken", boa)
                        .with(csrf())
                        .with(as(jdbc, "adviseur.rijswijk"))
                        .param("functie", "Flexibel in te zetten BOA")
                        .param("groep", "Capaciteit gemeente")
                        .param("fteBestaand", "1,00")
                        .param("organisatie", "MUNICIPALITY")
                        .param("onderdeelVan", String.valueOf(wijkboa))
                        .param("version", String.valueOf(version(boa))))
                .andExpect(status().is3xxRedirection());
        entityManager.flush();
        assertThat(between(text(PLAN), "Formatie: Motie Meer blauw op straat", "IVB Planner ondersteunt"))
                .contains("Totaal gemeente 20,78 4,34");
    }

    private long line(String function) {
        return jdbc.sql("""
                select l.id from capacity_line l join capacity_table t on t.id = l.capacity_table_id
                join execution_plan p on p.id = t.plan_id join policy_framework f on f.id = p.framework_id
                where f.slug = 'strategisch-veiligheidsbeleid-2026-2030' and l.function_name = ?""").param(function).query(Long.class).single();
    }

    private long version(long line) {
        return jdbc.sql("select version from capacity_line where id = ?")
                .param(line)
                .query(Long.class)
                .single();
    }

    private String text(String url) throws Exception {
        String html = mvc.perform(get(url).with(as(jdbc, "adviseur.rijswijk")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return PageText.of(html);
    }

    private static String between(String text, String from, String to) {
        int start = text.lastIndexOf(from);
        assertThat(start).as("'%s' is shown", from).isNotNegative();
        int end = text.indexOf(to, start);
        return text.substring(start, end < 0 ? text.length() : end);
    }
}
