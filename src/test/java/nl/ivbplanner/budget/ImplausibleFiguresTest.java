package nl.ivbplanner.budget;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import nl.ivbplanner.common.FormParams;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/**
 * More than € 100.000.000 or 100 fte on one line of Rijswijk's concept plan 2026 is questioned, not saved silently:
 * the form comes back with the question next to the field and a box to confirm; ticked, it is saved (rolled back
 * after each test).
 */
@IvbIntegrationTest
@Transactional
class ImplausibleFiguresTest {

    private static final String PLAN =
            "/gemeenten/rijswijk/kaders/strategisch-veiligheidsbeleid-2026-2030/plannen/2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @PersistenceContext
    EntityManager entityManager;

    @Test
    void aHundredMillionOnOneBudgetLineIsQuestionedWithTheInputKept() throws Exception {
        long table = table("budget_table", "Openbare Orde en Veiligheid & Bibob");
        long before = count("budget_line");
        FormParams line = FormParams.of(
                "omschrijving",
                "Cameratoezicht",
                "thema",
                "",
                "bedrag",
                "€ 150.000.000",
                "bedragTekst",
                "",
                "opmerking",
                "Typfout?");

        mvc.perform(addBudgetLine(table, line))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("Dit is meer dan € 100.000.000 op één regel. Klopt het bedrag?")))
                .andExpect(content().string(containsString("id=\"bedrag-fout\"")))
                .andExpect(content().string(containsString("value=\"&euro; 150.000.000\"")))
                .andExpect(content().string(containsString("value=\"Cameratoezicht\"")))
                .andExpect(content().string(containsString("Typfout?")))
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "<label class=\"utrecht-form-label utrecht-form-label--checkbox\" for=\"bedragBevestigd\">Ja, dit bedrag klopt</label>")));
        entityManager.flush();
        assertThat(count("budget_line")).isEqualTo(before);

        // ticked, but another field is wrong: the tick is kept with the rest
        mvc.perform(addBudgetLine(table, line.with("omschrijving", "").with("bedragBevestigd", "ja")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Klopt het bedrag?"))))
                .andExpect(content()
                        .string(containsString(
                                "value=\"ja\" id=\"bedragBevestigd\" name=\"bedragBevestigd\" checked=\"checked\"")));

        mvc.perform(addBudgetLine(table, line.with("bedragBevestigd", "ja"))).andExpect(status().is3xxRedirection());
        entityManager.flush();
        assertThat(jdbc.sql("select amount_cents from budget_line where label = 'Cameratoezicht'")
                        .query(Long.class)
                        .single())
                .isEqualTo(150_000_000_00L);

        // saving the line again with the confirmed amount asks nothing; an amount up to the bound was never questioned
        long id = jdbc.sql("select id from budget_line where label = 'Cameratoezicht'")
                .query(Long.class)
                .single();
        mvc.perform(post(PLAN + "/begroting/regels/{id}/bewerken", id)
                        .with(as(jdbc, "adviseur.rijswijk"))
                        .with(csrf())
                        .params(line.with("opmerking", "Klopt").params())
                        .param("version", String.valueOf(version("budget_line", id))))
                .andExpect(status().is3xxRedirection());
        mvc.perform(addBudgetLine(table, line.with("omschrijving", "Grens").with("bedrag", "€ 100.000.000,00")))
                .andExpect(status().is3xxRedirection());
        entityManager.flush();
        assertThat(workbookText()).contains("Cameratoezicht", "Grens");
    }

    @Test
    void moreThanAHundredFteOnOneFormationLineIsQuestionedWithTheInputKept() throws Exception {
        long table = table("capacity_table", "Team Openbare Orde en Veiligheid & Bibob");
        long before = count("capacity_line");
        FormParams line = FormParams.of(
                "functie",
                "Handhavers",
                "groep",
                "Team OOV",
                "fteBestaand",
                "120",
                "fteExtra",
                "0,5",
                "opmerking",
                "Controleren");

        mvc.perform(addCapacityLine(table, line))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dit is meer dan 100 fte op één regel. Klopt het aantal?")))
                .andExpect(content().string(containsString("id=\"fteBestaand-fout\"")))
                .andExpect(content().string(not(containsString("id=\"fteExtra-fout\""))))
                .andExpect(content().string(containsString("value=\"120\"")))
                .andExpect(content().string(containsString("value=\"Handhavers\"")))
                .andExpect(content().string(containsString("for=\"fteBevestigd\">Ja, dit aantal fte klopt</label>")));
        entityManager.flush();
        assertThat(count("capacity_line")).isEqualTo(before);

        mvc.perform(addCapacityLine(table, line.with("fteBevestigd", "ja"))).andExpect(status().is3xxRedirection());
        entityManager.flush();
        assertThat(jdbc.sql("select fte_existing from capacity_line where function_name = 'Handhavers'")
                        .query(BigDecimal.class)
                        .single())
                .isEqualByComparingTo("120");
        mvc.perform(get(PLAN + "/formatie").with(as(jdbc, "adviseur.rijswijk")))
                .andExpect(content().string(containsString("Handhavers")));

        // changing the confirmed figure to another implausible one asks again
        long id = jdbc.sql("select id from capacity_line where function_name = 'Handhavers'")
                .query(Long.class)
                .single();
        mvc.perform(post(PLAN + "/formatie/regels/{id}/bewerken", id)
                        .with(as(jdbc, "adviseur.rijswijk"))
                        .with(csrf())
                        .params(line.with("fteExtra", "101").params())
                        .param("version", String.valueOf(version("capacity_line", id))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"fteExtra-fout\"")))
                .andExpect(content().string(not(containsString("id=\"fteBestaand-fout\""))));
    }

    private MockHttpServletRequestBuilder addBudgetLine(long table, FormParams form) {
        return post(PLAN + "/begroting/tabellen/{t}/regels/nieuw", table)
                .with(as(jdbc, "adviseur.rijswijk"))
                .with(csrf())
                .params(form.params());
    }

    private MockHttpServletRequestBuilder addCapacityLine(long table, FormParams form) {
        return post(PLAN + "/formatie/tabellen/{t}/regels/nieuw", table)
                .with(as(jdbc, "adviseur.rijswijk"))
                .with(csrf())
                .params(form.params());
    }

    private String workbookText() throws Exception {
        byte[] xlsx = mvc.perform(get(PLAN + "/export.xlsx").with(as(jdbc, "adviseur.rijswijk")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        text.append(cell).append('\n');
                    }
                }
            }
        }
        return text.toString();
    }

    private long table(String table, String title) {
        return jdbc.sql("""
                select t.id from %s t join execution_plan p on p.id = t.plan_id
                join policy_framework f on f.id = p.framework_id
                where f.slug = 'strategisch-veiligheidsbeleid-2026-2030' and p.year = 2026 and t.title = ?""".formatted(table)).param(title).query(Long.class).single();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private long version(String table, long id) {
        entityManager.flush();
        return jdbc.sql("select version from " + table + " where id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }
}
