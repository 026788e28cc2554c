package nl.ivbplanner.formation;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
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

/** The formation (fte) editor of Rijswijk's concept plan 2026 (rolled back after each test). */
@IvbIntegrationTest
@Transactional
class CapacityEditorTest {

    private static final String PLAN =
            "/gemeenten/rijswijk/kaders/strategisch-veiligheidsbeleid-2026-2030/plannen/2026";
    private static final String FORMATION = PLAN + "/formatie";
    private static final String ADOPTED = "/gemeenten/wassenaar/kaders/ivb-2024-2027/plannen/2025";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SqlStatementCounter counter;

    @PersistenceContext
    EntityManager entityManager;

    long teamTable;
    List<Long> teamLines;

    @BeforeEach
    void rijswijksFormation() {
        teamTable = table("Team Openbare Orde en Veiligheid & Bibob");
        teamLines = jdbc.sql("select id from capacity_line where capacity_table_id = ? order by position, id")
                .param(teamTable)
                .query(Long.class)
                .list();
    }

    @Test
    void showsEachTableWithItsLinesAndTotalsBesideThePrintedOnes() throws Exception {
        mvc.perform(get(FORMATION).with(as(jdbc, "adviseur.rijswijk")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Coördinator OOV")))
                .andExpect(content().string(containsString("Motie Meer blauw op straat")))
                .andExpect(content().string(containsString("Totaal gemeente (berekend uit de regels")))
                .andExpect(content().string(containsString(">9,50</td>")))
                .andExpect(content().string(containsString(">1,80</td>")))
                .andExpect(content().string(containsString("Totaal zoals in het brondocument")))
                .andExpect(content()
                        .string(containsString("href=\"" + FORMATION + "/regels/" + teamLines.get(0) + "/bewerken\"")));
    }

    @Test
    void thePageRunsAFixedNumberOfStatements() throws Exception {
        var advisor = as(jdbc, "adviseur.rijswijk");
        int statements =
                counter.count(() -> mvc.perform(get(FORMATION).with(advisor)).andExpect(status().isOk()));
        // municipality, plan, all tables with their lines, and the header's municipality switcher
        assertThat(statements).isEqualTo(4);
    }

    @Test
    void advisorAddsAFunctionWithDutchDecimals() throws Exception {
        mvc.perform(addLine(teamTable, line()))
                .andExpect(redirectedUrl(FORMATION + "#regel-" + lineId("Adviseur veiligheid")))
                .andExpect(flash().attribute("message", "parts.line.added"));
        entityManager.flush();
        Map<String, Object> stored = jdbc.sql("""
                select group_name, fte_existing, fte_added, remark, position from capacity_line where function_name = 'Adviseur veiligheid'""").query().singleRow();
        assertThat(stored)
                .containsEntry("group_name", "Team OOV")
                .containsEntry("remark", "Tijdelijk")
                .containsEntry("position", teamLines.size());
        assertThat((BigDecimal) stored.get("fte_existing")).isEqualByComparingTo("0.5");
        assertThat((BigDecimal) stored.get("fte_added")).isEqualByComparingTo("1.8");
        mvc.perform(get(FORMATION).with(as(jdbc, "adviseur.rijswijk")))
                .andExpect(content().string(containsString(">10,00</td>")))
                .andExpect(content().string(containsString(">3,60</td>")));
    }

    @ParameterizedTest(name = "{0} = ''{1}''")
    @CsvSource(
            delimiter = '|',
            value = {
                "functie     | ''      | Vul de functie in.",
                "fteBestaand | -1      | Vul 0 of meer in",
                "fteBestaand | veel    | Vul een aantal fte in, bijvoorbeeld 0,5 of 1,80.",
                "fteExtra    | 0.5     | Vul een aantal fte in",
                "fteExtra    | 1,255   | Gebruik hoogstens 2 cijfers achter de komma.",
                "fteExtra    | 1000000 | Dit getal is te groot."
            })
    void eachRuleIsExplainedNextToItsFieldAndKeepsTheInput(String field, String typed, String message)
            throws Exception {
        mvc.perform(addLine(teamTable, line().with(field, typed)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message)))
                .andExpect(content().string(containsString("id=\"" + field + "-fout\"")))
                .andExpect(content().string(containsString("href=\"#" + field + "\"")))
                .andExpect(content().string(containsString("value=\"" + typed + "\"")));
        assertThat(lines(teamTable)).isEqualTo(teamLines.size());
    }

    @Test
    void advisorEditsALineAndAColleaguesSaveInBetweenIsShown() throws Exception {
        long id = teamLines.get(2);
        mvc.perform(get(FORMATION + "/regels/{id}/bewerken", id).with(as(jdbc, "adviseur.rijswijk")))
                .andExpect(content().string(containsString("value=\"1,50\"")));
        long opened = version(id);
        mvc.perform(editLine("manager.rijswijk", id, line().with("functie", "Senior Jurist (bijgesteld)"), opened))
                .andExpect(redirectedUrl(FORMATION + "#regel-" + id))
                .andExpect(flash().attribute("message", "parts.line.saved"));
        mvc.perform(editLine(
                        "adviseur.rijswijk",
                        id,
                        line().with("functie", "Mijn versie").with("fteExtra", "2"),
                        opened))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Een collega heeft deze regel opgeslagen")))
                .andExpect(content().string(containsString("value=\"Mijn versie\"")))
                .andExpect(content().string(containsString("<dd>Senior Jurist (bijgesteld)</dd>")))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + version(id) + "\"")));
        entityManager.flush();
        Map<String, Object> stored = jdbc.sql("select function_name, fte_existing from capacity_line where id = ?")
                .param(id)
                .query()
                .singleRow();
        assertThat(stored).containsEntry("function_name", "Senior Jurist (bijgesteld)");
        assertThat((BigDecimal) stored.get("fte_existing")).isEqualByComparingTo("0.5");
    }

    @Test
    void movingAndDeletingLines() throws Exception {
        long first = teamLines.get(0);
        long second = teamLines.get(1);
        mvc.perform(post(FORMATION + "/regels/{id}/omhoog", second)
                        .with(as(jdbc, "adviseur.rijswijk"))
                        .with(csrf()))
                .andExpect(redirectedUrl(FORMATION + "#regel-" + second));
        entityManager.flush();
        assertThat(position(second)).isZero();
        assertThat(position(first)).isOne();
        mvc.perform(get(FORMATION + "/regels/{id}/verwijderen", first).with(as(jdbc, "adviseur.rijswijk")))
                .andExpect(content().string(containsString("Wilt u de regel ‘Coördinator OOV’ uit de tabel")));
        mvc.perform(post(FORMATION + "/regels/{id}/verwijderen", first)
                        .with(as(jdbc, "adviseur.rijswijk"))
                        .with(csrf()))
                .andExpect(redirectedUrl(FORMATION));
        assertThat(lines(teamTable)).isEqualTo(teamLines.size() - 1);
    }

    @Test
    void advisorAddsRenamesAndDeletesATable() throws Exception {
        mvc.perform(post(FORMATION + "/tabellen/nieuw")
                        .with(as(jdbc, "adviseur.rijswijk"))
                        .with(csrf())
                        .param("titel", "Toezicht"))
                .andExpect(redirectedUrl(FORMATION + "#tabel-" + table("Toezicht")));
        long added = table("Toezicht");
        assertThat(jdbc.sql("select position from capacity_table where id = ?")
                        .param(added)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        mvc.perform(post(FORMATION + "/tabellen/{id}/bewerken", added)
                        .with(as(jdbc, "adviseur.rijswijk"))
                        .with(csrf())
                        .param("titel", "Toezicht en handhaving")
                        .param("version", "0"))
                .andExpect(redirectedUrl(FORMATION + "#tabel-" + added));
        mvc.perform(get(FORMATION + "/tabellen/{id}/verwijderen", teamTable).with(as(jdbc, "adviseur.rijswijk")))
                .andExpect(content().string(containsString("met de 10 regels daarin")));
        mvc.perform(post(FORMATION + "/tabellen/{id}/verwijderen", teamTable)
                        .with(as(jdbc, "adviseur.rijswijk"))
                        .with(csrf()))
                .andExpect(redirectedUrl(FORMATION));
        entityManager.flush();
        assertThat(jdbc.sql("select title from capacity_table where id = ?")
                        .param(added)
                        .query(String.class)
                        .single())
                .isEqualTo("Toezicht en handhaving");
        assertThat(jdbc.sql("select count(*) from capacity_table where id = ?")
                        .param(teamTable)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(lines(teamTable)).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"raadslid.rijswijk", "adviseur.wassenaar"})
    void othersGetNoAccessAndChangeNothing(String username) throws Exception {
        long id = teamLines.get(0);
        var user = as(jdbc, username);
        for (String page : new String[] {
            FORMATION,
            FORMATION + "/tabellen/nieuw",
            FORMATION + "/regels/" + id + "/bewerken",
            FORMATION + "/tabellen/" + teamTable + "/regels/nieuw"
        }) {
            mvc.perform(get(page).with(user)).andExpect(status().isForbidden());
        }
        mvc.perform(addLine(username, teamTable, line())).andExpect(status().isForbidden());
        mvc.perform(editLine(username, id, line().with("functie", "Poging"), version(id)))
                .andExpect(status().isForbidden());
        mvc.perform(post(FORMATION + "/regels/{id}/omlaag", id).with(user).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(FORMATION + "/regels/{id}/verwijderen", id).with(user).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(FORMATION + "/tabellen/{t}/verwijderen", teamTable)
                        .with(user)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        entityManager.flush();
        assertThat(lines(teamTable)).isEqualTo(teamLines.size());
        assertThat(position(id)).isZero();
        assertThat(jdbc.sql("select function_name from capacity_line where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("Coördinator OOV");
    }

    @Test
    void anEvaluatedPlansFormationCannotBeChangedAndOtherPlansLinesAreNotFound() throws Exception {
        var manager = as(jdbc, "manager.wassenaar");
        mvc.perform(get(ADOPTED + "/formatie").with(manager)).andExpect(status().isConflict());
        mvc.perform(post(ADOPTED + "/formatie/tabellen/nieuw")
                        .with(manager)
                        .with(csrf())
                        .param("titel", "Poging"))
                .andExpect(status().isConflict());
        String wassenaarConcept = "/gemeenten/wassenaar/kaders/ivb-2024-2027/plannen/2026/formatie";
        long id = teamLines.get(0);
        mvc.perform(post(wassenaarConcept + "/regels/{id}/verwijderen", id)
                        .with(manager)
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post(wassenaarConcept + "/regels/{id}/bewerken", id)
                        .with(manager)
                        .with(csrf())
                        .params(line().params())
                        .param("version", String.valueOf(version(id))))
                .andExpect(status().isNotFound());
        entityManager.flush();
        assertThat(jdbc.sql("select count(*) from capacity_table where title = 'Poging'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(lines(teamTable)).isEqualTo(teamLines.size());
    }

    private static FormParams line() {
        return FormParams.of(
                "functie",
                "Adviseur veiligheid",
                "groep",
                "Team OOV",
                "fteBestaand",
                "0,5",
                "fteExtra",
                "1,80",
                "opmerking",
                "Tijdelijk");
    }

    private MockHttpServletRequestBuilder addLine(long table, FormParams form) {
        return addLine("adviseur.rijswijk", table, form);
    }

    private MockHttpServletRequestBuilder addLine(String username, long table, FormParams form) {
        return post(FORMATION + "/tabellen/{t}/regels/nieuw", table)
                .with(as(jdbc, username))
                .with(csrf())
                .params(form.params());
    }

    private MockHttpServletRequestBuilder editLine(String username, long id, FormParams form, long version) {
        return post(FORMATION + "/regels/{id}/bewerken", id)
                .with(as(jdbc, username))
                .with(csrf())
                .params(form.params())
                .param("version", String.valueOf(version));
    }

    private long table(String title) {
        entityManager.flush();
        return jdbc.sql("""
                select t.id from capacity_table t join execution_plan p on p.id = t.plan_id
                join policy_framework f on f.id = p.framework_id
                where f.slug = 'strategisch-veiligheidsbeleid-2026-2030' and p.year = 2026 and t.title = ?""").param(title).query(Long.class).single();
    }

    private long lineId(String function) {
        entityManager.flush();
        return jdbc.sql("select id from capacity_line where function_name = ?")
                .param(function)
                .query(Long.class)
                .single();
    }

    private long lines(long table) {
        entityManager.flush();
        return jdbc.sql("select count(*) from capacity_line where capacity_table_id = ?")
                .param(table)
                .query(Long.class)
                .single();
    }

    private long version(long id) {
        entityManager.flush();
        return jdbc.sql("select version from capacity_line where id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }

    private int position(long id) {
        return jdbc.sql("select position from capacity_line where id = ?")
                .param(id)
                .query(Integer.class)
                .single();
    }
}
