package nl.ivbplanner.budget;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Changes to budget and formation lines are kept as history with their author (committed; the test restores them). */
@IvbIntegrationTest
class BudgetHistoryTest {

    private static final String PLAN =
            "/gemeenten/rijswijk/kaders/strategisch-veiligheidsbeleid-2026-2030/plannen/2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    Map<String, Object> budgetLine;
    Map<String, Object> capacityLine;

    @BeforeEach
    void theFirstLinesOfRijswijksTables() {
        budgetLine = jdbc.sql("""
                select id, theme_id, label, amount_cents, amount_text, remark, version from budget_line
                where label = 'Rampenbestrijding'""").query().singleRow();
        capacityLine = jdbc.sql("""
                select id, group_name, function_name, fte_existing, fte_added, remark, version from capacity_line
                where function_name = 'Coördinator Bibob'""").query().singleRow();
    }

    @AfterEach
    void restoreTheSeededLines() {
        jdbc.sql("""
                update budget_line set theme_id = :theme_id, label = :label, amount_cents = :amount_cents,
                    amount_text = :amount_text, remark = :remark where id = :id""").params(budgetLine).update();
        jdbc.sql("""
                update capacity_line set group_name = :group_name, function_name = :function_name,
                    fte_existing = :fte_existing, fte_added = :fte_added, remark = :remark where id = :id""").params(capacityLine).update();
    }

    @Test
    void editedLinesKeepTheirOldAndNewValuesWithTheirAuthor() throws Exception {
        mvc.perform(post(PLAN + "/begroting/regels/{id}/bewerken", budgetLine.get("id"))
                        .with(as(jdbc, "adviseur.rijswijk"))
                        .with(csrf())
                        .param("omschrijving", "Rampenbestrijding")
                        .param("bedrag", "€ 90.000,-")
                        .param("version", budgetLine.get("version").toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(PLAN + "/formatie/regels/{id}/bewerken", capacityLine.get("id"))
                        .with(as(jdbc, "manager.rijswijk"))
                        .with(csrf())
                        .param("functie", "Coördinator Bibob")
                        .param("fteBestaand", "1,2")
                        .param("version", capacityLine.get("version").toString()))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("""
                select a.amount_cents || ' | ' || r.username from budget_line_aud a join revinfo r on r.rev = a.rev
                where a.id = ? order by a.rev""").param(budgetLine.get("id")).query(String.class).list())
                .containsExactly("8600000 | brondocument", "9000000 | adviseur.rijswijk");
        assertThat(jdbc.sql("""
                select a.fte_existing || ' | ' || r.username from capacity_line_aud a join revinfo r on r.rev = a.rev
                where a.id = ? order by a.rev""")
                        .param(capacityLine.get("id"))
                        .query(String.class)
                        .list())
                .containsExactly("1.00 | brondocument", "1.20 | manager.rijswijk");
    }

    @Test
    void theLinesOfADeletedTableStayInTheHistory() throws Exception {
        mvc.perform(post(PLAN + "/begroting/tabellen/nieuw")
                        .with(as(jdbc, "adviseur.rijswijk"))
                        .with(csrf())
                        .param("titel", "Tijdelijke tabel voor de geschiedenis"))
                .andExpect(status().is3xxRedirection());
        long table = jdbc.sql("select id from budget_table where title = 'Tijdelijke tabel voor de geschiedenis'")
                .query(Long.class)
                .single();
        mvc.perform(post(PLAN + "/begroting/tabellen/{t}/regels/nieuw", table)
                        .with(as(jdbc, "adviseur.rijswijk"))
                        .with(csrf())
                        .param("omschrijving", "Tijdelijke regel")
                        .param("bedragTekst", "Ambtelijke inzet"))
                .andExpect(status().is3xxRedirection());
        long line = jdbc.sql("select id from budget_line where budget_table_id = ?")
                .param(table)
                .query(Long.class)
                .single();

        mvc.perform(post(PLAN + "/begroting/tabellen/{t}/verwijderen", table)
                        .with(as(jdbc, "adviseur.rijswijk"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("select count(*) from budget_table where id = ?")
                        .param(table)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("""
                select a.revtype || ' | ' || coalesce(a.amount_text, '') || ' | ' || r.username
                from budget_line_aud a join revinfo r on r.rev = a.rev where a.id = ? order by a.rev""").param(line).query(String.class).list())
                .containsExactly("0 | Ambtelijke inzet | adviseur.rijswijk", "2 |  | adviseur.rijswijk");
    }
}
