package nl.ivbplanner.budget;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import nl.ivbplanner.common.FormParams;
import nl.ivbplanner.support.IvbIntegrationTest;
import nl.ivbplanner.support.SqlStatementCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/** The budget editor of Rijswijk's concept plan 2026 (rolled back after each test). */
@IvbIntegrationTest
@Transactional
class BudgetEditorTest {

    private static final String PLAN =
            "/gemeenten/rijswijk/kaders/strategisch-veiligheidsbeleid-2026-2030/plannen/2026";
    private static final String BUDGET = PLAN + "/begroting";
    private static final String ADOPTED = "/gemeenten/wassenaar/kaders/ivb-2024-2027/plannen/2025";
    private static final String WASSENAAR_CONCEPT = "/gemeenten/wassenaar/kaders/ivb-2024-2027/plannen/2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SqlStatementCounter counter;

    @PersistenceContext
    EntityManager entityManager;

    long ooTable;
    long crisisTable;
    List<Long> ooLines;

    @BeforeEach
    void rijswijksBudget() {
        ooTable = table("Openbare Orde en Veiligheid & Bibob");
        crisisTable = table("Crisisbeheersing");
        ooLines = jdbc.sql("select id from budget_line where budget_table_id = ? order by position, id")
                .param(ooTable)
                .query(Long.class)
                .list();
    }

    @Test
    void showsEachTableWithItsLinesAndTheTotalOfItsAmounts() throws Exception {
        String page = mvc.perform(get(BUDGET).with(as(jdbc, "adviseur.rijswijk")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("€ 47.000,00")))
                .andExpect(content().string(containsString("€ ---")))
                .andExpect(content().string(containsString("€ 619.000,00")))
                .andExpect(content().string(containsString("€ 5.701.000,00")))
                .andExpect(content().string(containsString("href=\"" + BUDGET + "/tabellen/nieuw\"")))
                .andExpect(content()
                        .string(containsString("href=\"" + BUDGET + "/tabellen/" + crisisTable + "/regels/nieuw\"")))
                .andExpect(content()
                        .string(containsString("action=\"" + BUDGET + "/regels/" + ooLines.get(1) + "/omhoog\"")))
                .andExpect(content().string(not(containsString(BUDGET + "/regels/" + ooLines.get(0) + "/omhoog"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page.indexOf("id=\"tabel-" + ooTable + "\""))
                .isPositive()
                .isLessThan(page.indexOf("id=\"tabel-" + crisisTable + "\""));
        assertThat(page.indexOf("id=\"regel-" + ooLines.get(0) + "\""))
                .isLessThan(page.indexOf("id=\"regel-" + ooLines.get(1) + "\""));
    }

    @Test
    void thePageRunsAFixedNumberOfStatements() throws Exception {
        var advisor = as(jdbc, "adviseur.rijswijk");
        int statements =
                counter.count(() -> mvc.perform(get(BUDGET).with(advisor)).andExpect(status().isOk()));
        // municipality, plan, all tables with their lines and themes, and the header's municipality switcher
        assertThat(statements).isEqualTo(4);
    }

    @ParameterizedTest(name = "''{0}'' is {1} cents")
    @CsvSource(
            delimiter = '|',
            value = {
                "€ 1.250,50 | 125050",
                "1250,50    | 125050",
                "1.250      | 125000",
                "€1.250,-   | 125000",
                "0          | 0"
            })
    void advisorAddsALineWithAnAmountInDutchNotation(String typed, long cents) throws Exception {
        mvc.perform(addLine(crisisTable, line().with("bedrag", typed)))
                .andExpect(redirectedUrl(BUDGET + "#regel-" + lineId("Oefening crisisteam")))
                .andExpect(flash().attribute("message", "parts.line.added"));
        Map<String, Object> stored = jdbc.sql("""
                select amount_cents, amount_text, remark, theme_id, position from budget_line where label = 'Oefening crisisteam'""").query().singleRow();
        assertThat(stored)
                .containsEntry("amount_cents", cents)
                .containsEntry("amount_text", null)
                .containsEntry("remark", "Jaarlijks")
                .containsEntry("theme_id", null)
                .containsEntry("position", 2);
    }

    @Test
    void aLineWithoutAmountSaysWhyAndTheTotalLeavesItOut() throws Exception {
        long theme = jdbc.sql("""
                select t.id from theme t join policy_framework f on f.id = t.framework_id
                where f.slug = 'strategisch-veiligheidsbeleid-2026-2030' and t.name = 'Ondermijning'""").query(Long.class).single();
        mvc.perform(addLine(
                        crisisTable,
                        line().with("bedrag", "")
                                .with("bedragTekst", "Ambtelijke inzet")
                                .with("thema", String.valueOf(theme))))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select amount_cents, amount_text, theme_id from budget_line where id = ?")
                        .param(lineId("Oefening crisisteam"))
                        .query()
                        .singleRow())
                .containsEntry("amount_cents", null)
                .containsEntry("amount_text", "Ambtelijke inzet")
                .containsEntry("theme_id", theme);
        mvc.perform(get(BUDGET).with(as(jdbc, "adviseur.rijswijk")))
                .andExpect(content().string(containsString("Ambtelijke inzet")))
                .andExpect(content().string(containsString("€ 5.701.000,00")));
    }

    @ParameterizedTest(name = "{0} = ''{1}''")
    @CsvSource(
            delimiter = '|',
            value = {
                "omschrijving | ''       | Vul de omschrijving van de regel in.",
                "bedrag       | veel     | Vul een bedrag in euro’s in, bijvoorbeeld € 1.250,50 of 1250.",
                "bedrag       | -5       | Vul 0 of meer in",
                "bedrag       | € -5     | Vul 0 of meer in",
                "bedrag       | 1250.50  | Vul een bedrag in euro’s in",
                "bedrag       | 12,555   | Gebruik hoogstens 2 cijfers achter de komma.",
                "thema        | x        | Kies een thema van dit beleidskader"
            })
    void eachRuleIsExplainedNextToItsFieldAndKeepsTheInput(String field, String typed, String message)
            throws Exception {
        long before = lines(crisisTable);
        mvc.perform(addLine(crisisTable, line().with(field, typed)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message)))
                .andExpect(content().string(containsString("id=\"" + field + "-fout\"")))
                .andExpect(content().string(containsString("href=\"#" + field + "\"")))
                .andExpect(content()
                        .string(containsString(
                                field.equals("thema")
                                        ? "Jaarlijks"
                                        : "value=\""
                                                + (field.equals("omschrijving") ? "" : typed.replace("€", "&euro;"))
                                                + "\"")));
        assertThat(lines(crisisTable)).isEqualTo(before);
    }

    @Test
    void aLineHasAnAmountOrATextInsteadButNotBothNorNeither() throws Exception {
        mvc.perform(addLine(crisisTable, line().with("bedrag", " ").with("bedragTekst", "")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                "Vul een bedrag in, of vul bij ‘Bedrag als tekst’ in waarom er geen bedrag is")))
                .andExpect(content().string(containsString("id=\"bedrag-fout\"")));
        mvc.perform(addLine(crisisTable, line().with("bedragTekst", "Ambtelijke inzet")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Laat ‘Bedrag als tekst’ leeg als u een bedrag invult.")))
                .andExpect(content().string(containsString("id=\"bedragTekst-fout\"")))
                .andExpect(content().string(containsString("value=\"Ambtelijke inzet\"")));
        assertThat(lines(crisisTable)).isEqualTo(2);
    }

    @Test
    void aThemeOfAnotherFrameworkIsRefused() throws Exception {
        long wassenaarTheme = jdbc.sql("""
                select min(t.id) from theme t join policy_framework f on f.id = t.framework_id where f.slug = 'ivb-2024-2027'""").query(Long.class).single();
        mvc.perform(addLine(crisisTable, line().with("thema", String.valueOf(wassenaarTheme))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kies een thema van dit beleidskader")));
        assertThat(lines(crisisTable)).isEqualTo(2);
    }

    @Test
    void advisorEditsALine() throws Exception {
        long id = ooLines.get(0);
        mvc.perform(get(BUDGET + "/regels/{id}/bewerken", id).with(as(jdbc, "adviseur.rijswijk")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"&euro; 47.000,00\"")))
                .andExpect(content().string(containsString("In de tabel ‘Openbare Orde en Veiligheid &amp; Bibob’.")));
        mvc.perform(editLine(
                        id,
                        line().with("omschrijving", "Zorg en Veiligheid (bijgesteld)")
                                .with("bedrag", "€ 48.500"),
                        version(id)))
                .andExpect(redirectedUrl(BUDGET + "#regel-" + id))
                .andExpect(flash().attribute("message", "parts.line.saved"));
        entityManager.flush();
        assertThat(jdbc.sql("select label, amount_cents, position from budget_line where id = ?")
                        .param(id)
                        .query()
                        .singleRow())
                .containsEntry("label", "Zorg en Veiligheid (bijgesteld)")
                .containsEntry("amount_cents", 4850000L)
                .containsEntry("position", 0);
    }

    @Test
    void aColleaguesSaveInBetweenIsShownAndNothingIsOverwritten() throws Exception {
        long id = ooLines.get(0);
        long opened = version(id);
        mvc.perform(editLine("manager.rijswijk", id, line().with("omschrijving", "Versie van de collega"), opened))
                .andExpect(status().is3xxRedirection());
        mvc.perform(editLine(
                        "adviseur.rijswijk",
                        id,
                        line().with("omschrijving", "Mijn versie").with("bedrag", "12"),
                        opened))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Een collega heeft deze regel opgeslagen")))
                .andExpect(content().string(containsString("value=\"Mijn versie\"")))
                .andExpect(content().string(containsString("<dd>Versie van de collega</dd>")))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + version(id) + "\"")));
        assertThat(jdbc.sql("select label from budget_line where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("Versie van de collega");
    }

    @Test
    void movingALineSwapsItWithItsNeighbourInTheTable() throws Exception {
        long first = ooLines.get(0);
        long second = ooLines.get(1);
        long versionOfFirst = version(first);
        mvc.perform(post(BUDGET + "/regels/{id}/omlaag", first)
                        .with(as(jdbc, "adviseur.rijswijk"))
                        .with(csrf()))
                .andExpect(redirectedUrl(BUDGET + "#regel-" + first))
                .andExpect(flash().attribute("message", "parts.line.moved"));
        entityManager.flush();
        assertThat(position(first)).isOne();
        assertThat(position(second)).isZero();
        assertThat(version(first)).isEqualTo(versionOfFirst);
        long lastOfTable = ooLines.get(ooLines.size() - 1);
        mvc.perform(post(BUDGET + "/regels/{id}/omlaag", lastOfTable)
                        .with(as(jdbc, "adviseur.rijswijk"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        entityManager.flush();
        assertThat(position(lastOfTable)).isEqualTo(ooLines.size() - 1);
    }

    @Test
    void advisorDeletesALineAfterConfirming() throws Exception {
        long id = ooLines.get(1);
        mvc.perform(get(BUDGET + "/regels/{id}/verwijderen", id).with(as(jdbc, "adviseur.rijswijk")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Wilt u de regel ‘Femicide’ uit de tabel")));
        mvc.perform(post(BUDGET + "/regels/{id}/verwijderen", id)
                        .with(as(jdbc, "adviseur.rijswijk"))
                        .with(csrf()))
                .andExpect(redirectedUrl(BUDGET))
                .andExpect(flash().attribute("message", "parts.line.deleted"));
        assertThat(lines(ooTable)).isEqualTo(ooLines.size() - 1);
    }

    @Test
    void advisorAddsRenamesAndDeletesATable() throws Exception {
        mvc.perform(post(BUDGET + "/tabellen/nieuw")
                        .with(as(jdbc, "adviseur.rijswijk"))
                        .with(csrf())
                        .param("titel", "  "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vul de titel van de tabel in.")));
        mvc.perform(post(BUDGET + "/tabellen/nieuw")
                        .with(as(jdbc, "adviseur.rijswijk"))
                        .with(csrf())
                        .param("titel", "Extra middelen"))
                .andExpect(redirectedUrl(BUDGET + "#tabel-" + table("Extra middelen")))
                .andExpect(flash().attribute("message", "parts.table.added"));
        long added = table("Extra middelen");
        assertThat(jdbc.sql("select year, position from budget_table where id = ?")
                        .param(added)
                        .query()
                        .singleRow())
                .containsEntry("year", 2026)
                .containsEntry("position", 2);
        mvc.perform(get(BUDGET).with(as(jdbc, "adviseur.rijswijk")))
                .andExpect(content().string(containsString("Deze tabel heeft nog geen regels.")));

        mvc.perform(post(BUDGET + "/tabellen/{id}/bewerken", crisisTable)
                        .with(as(jdbc, "adviseur.rijswijk"))
                        .with(csrf())
                        .param("titel", "Crisisbeheersing en rampenbestrijding")
                        .param("version", String.valueOf(tableVersion(crisisTable))))
                .andExpect(redirectedUrl(BUDGET + "#tabel-" + crisisTable));
        entityManager.flush();
        assertThat(jdbc.sql("select title from budget_table where id = ?")
                        .param(crisisTable)
                        .query(String.class)
                        .single())
                .isEqualTo("Crisisbeheersing en rampenbestrijding");
        mvc.perform(post(BUDGET + "/tabellen/{id}/bewerken", crisisTable)
                        .with(as(jdbc, "adviseur.rijswijk"))
                        .with(csrf())
                        .param("titel", "Oude versie")
                        .param("version", String.valueOf(tableVersion(crisisTable) - 1)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Een collega heeft deze tabel opgeslagen")))
                .andExpect(content().string(containsString("<dd>Crisisbeheersing en rampenbestrijding</dd>")));

        mvc.perform(get(BUDGET + "/tabellen/{id}/verwijderen", crisisTable).with(as(jdbc, "adviseur.rijswijk")))
                .andExpect(content().string(containsString("met de 2 regels daarin")));
        mvc.perform(post(BUDGET + "/tabellen/{id}/verwijderen", crisisTable)
                        .with(as(jdbc, "adviseur.rijswijk"))
                        .with(csrf()))
                .andExpect(redirectedUrl(BUDGET))
                .andExpect(flash().attribute("message", "parts.table.deleted"));
        entityManager.flush();
        assertThat(jdbc.sql("select count(*) from budget_table where id = ?")
                        .param(crisisTable)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(lines(crisisTable)).isZero();
    }

    @Test
    void aPlanWithoutTablesSaysSo() throws Exception {
        mvc.perform(get(WASSENAAR_CONCEPT + "/begroting").with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dit plan heeft nog geen begrotingstabel.")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"raadslid.rijswijk", "adviseur.wassenaar"})
    void othersGetNoAccessAndChangeNothing(String username) throws Exception {
        long id = ooLines.get(0);
        var user = as(jdbc, username);
        for (String page : new String[] {
            BUDGET,
            BUDGET + "/tabellen/nieuw",
            BUDGET + "/tabellen/" + ooTable + "/bewerken",
            BUDGET + "/tabellen/" + ooTable + "/verwijderen",
            BUDGET + "/tabellen/" + ooTable + "/regels/nieuw",
            BUDGET + "/regels/" + id + "/bewerken",
            BUDGET + "/regels/" + id + "/verwijderen"
        }) {
            mvc.perform(get(page).with(user)).andExpect(status().isForbidden());
        }
        mvc.perform(post(BUDGET + "/tabellen/nieuw").with(user).with(csrf()).param("titel", "Poging"))
                .andExpect(status().isForbidden());
        mvc.perform(post(BUDGET + "/tabellen/{t}/bewerken", ooTable)
                        .with(user)
                        .with(csrf())
                        .param("titel", "Poging")
                        .param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(post(BUDGET + "/tabellen/{t}/verwijderen", ooTable)
                        .with(user)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(addLine(username, ooTable, line())).andExpect(status().isForbidden());
        mvc.perform(editLine(username, id, line().with("omschrijving", "Poging"), version(id)))
                .andExpect(status().isForbidden());
        mvc.perform(post(BUDGET + "/regels/{id}/omlaag", id).with(user).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(BUDGET + "/regels/{id}/verwijderen", id).with(user).with(csrf()))
                .andExpect(status().isForbidden());
        entityManager.flush();
        assertThat(lines(ooTable)).isEqualTo(ooLines.size());
        assertThat(position(id)).isZero();
        assertThat(jdbc.sql(
                                "select count(*) from budget_table where title in ('Poging', 'Openbare Orde en Veiligheid & Bibob')")
                        .query(Long.class)
                        .single())
                .isOne();
        assertThat(jdbc.sql("select label from budget_line where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("Zorg en Veiligheid");
    }

    @Test
    void anEvaluatedPlansBudgetCannotBeChanged() throws Exception {
        var manager = as(jdbc, "manager.wassenaar");
        mvc.perform(get(ADOPTED + "/begroting").with(manager))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("kan niet meer worden gewijzigd")));
        mvc.perform(post(ADOPTED + "/begroting/tabellen/nieuw")
                        .with(manager)
                        .with(csrf())
                        .param("titel", "Poging"))
                .andExpect(status().isConflict());
        entityManager.flush();
        assertThat(jdbc.sql("select count(*) from budget_table where title = 'Poging'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aTableOrLineOfAnotherPlanIsNotFoundUnderThisPlansAddress() throws Exception {
        String other = WASSENAAR_CONCEPT + "/begroting";
        var advisor = as(jdbc, "adviseur.wassenaar");
        long id = ooLines.get(0);
        mvc.perform(get(other + "/regels/{id}/bewerken", id).with(advisor)).andExpect(status().isNotFound());
        mvc.perform(post(other + "/regels/{id}/omlaag", id).with(advisor).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post(other + "/regels/{id}/verwijderen", id).with(advisor).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post(other + "/regels/{id}/bewerken", id)
                        .with(advisor)
                        .with(csrf())
                        .params(line().params())
                        .param("version", String.valueOf(version(id))))
                .andExpect(status().isNotFound());
        mvc.perform(get(other + "/tabellen/{t}/regels/nieuw", ooTable).with(advisor))
                .andExpect(status().isNotFound());
        mvc.perform(post(other + "/tabellen/{t}/verwijderen", ooTable)
                        .with(advisor)
                        .with(csrf()))
                .andExpect(status().isNotFound());
        entityManager.flush();
        assertThat(lines(ooTable)).isEqualTo(ooLines.size());
        assertThat(position(id)).isZero();
    }

    private static FormParams line() {
        return FormParams.of(
                "omschrijving",
                "Oefening crisisteam",
                "thema",
                "",
                "bedrag",
                "€ 1.250,50",
                "bedragTekst",
                "",
                "opmerking",
                "Jaarlijks");
    }

    private MockHttpServletRequestBuilder addLine(long table, FormParams form) {
        return addLine("adviseur.rijswijk", table, form);
    }

    private MockHttpServletRequestBuilder addLine(String username, long table, FormParams form) {
        return post(BUDGET + "/tabellen/{t}/regels/nieuw", table)
                .with(as(jdbc, username))
                .with(csrf())
                .params(form.params());
    }

    private MockHttpServletRequestBuilder editLine(long id, FormParams form, long version) {
        return editLine("adviseur.rijswijk", id, form, version);
    }

    private MockHttpServletRequestBuilder editLine(String username, long id, FormParams form, long version) {
        return post(BUDGET + "/regels/{id}/bewerken", id)
                .with(as(jdbc, username))
                .with(csrf())
                .params(form.params())
                .param("version", String.valueOf(version));
    }

    private long table(String title) {
        entityManager.flush();
        return jdbc.sql("""
                select t.id from budget_table t join execution_plan p on p.id = t.plan_id
                join policy_framework f on f.id = p.framework_id
                where f.slug = 'strategisch-veiligheidsbeleid-2026-2030' and p.year = 2026 and t.title = ?""").param(title).query(Long.class).single();
    }

    private long lineId(String label) {
        entityManager.flush();
        return jdbc.sql("select id from budget_line where label = ?")
                .param(label)
                .query(Long.class)
                .single();
    }

    private long lines(long table) {
        entityManager.flush();
        return jdbc.sql("select count(*) from budget_line where budget_table_id = ?")
                .param(table)
                .query(Long.class)
                .single();
    }

    private long version(long id) {
        entityManager.flush();
        return jdbc.sql("select version from budget_line where id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }

    private long tableVersion(long id) {
        entityManager.flush();
        return jdbc.sql("select version from budget_table where id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }

    private int position(long id) {
        return jdbc.sql("select position from budget_line where id = ?")
                .param(id)
                .query(Integer.class)
                .single();
    }
}
