package nl.ivbplanner.kpi;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Every change to a KPI is kept as history with its author (committed for real; the test restores the KPIs). */
@IvbIntegrationTest
class KpiHistoryTest {

    private static final String KPIS =
            "/gemeenten/rijswijk/kaders/strategisch-veiligheidsbeleid-2026-2030/plannen/2026/kpis";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    long kpi;
    long next;
    Map<String, Object> original;

    @BeforeEach
    void aMilestoneAndTheKpiAfterIt() {
        List<Long> ids = jdbc.sql("""
                select k.id from kpi k join execution_plan p on p.id = k.plan_id join policy_framework f on f.id = p.framework_id
                where f.slug = 'strategisch-veiligheidsbeleid-2026-2030' and p.year = 2026 and k.position in (5, 6)
                order by k.position""").query(Long.class).list();
        kpi = ids.get(0);
        next = ids.get(1);
        original = jdbc.sql("""
                select name, theme_id, unit, source, kind, comparator, baseline_value, baseline_text, baseline_year,
                       target_value, target_text, target_year from kpi where id = ?""").param(kpi).query().singleRow();
    }

    @AfterEach
    void restoreTheSeededKpis() {
        jdbc.sql("""
                update kpi set name = :name, theme_id = :theme_id, unit = :unit, source = :source, kind = :kind,
                    comparator = :comparator, baseline_value = :baseline_value, baseline_text = :baseline_text,
                    baseline_year = :baseline_year, target_value = :target_value, target_text = :target_text,
                    target_year = :target_year, position = 5
                where id = :id""").params(original).param("id", kpi).update();
        jdbc.sql("update kpi set position = 6 where id = ?").param(next).update();
    }

    @Test
    void editsAndMovesAreKeptWithTheirAuthor() throws Exception {
        mvc.perform(post(KPIS + "/{id}/bewerken", kpi)
                        .with(as(jdbc, "adviseur.rijswijk"))
                        .with(csrf())
                        .param("naam", "Hercontroles zijn uitgevoerd")
                        .param("soort", "MILESTONE")
                        .param("streefjaar", "2027")
                        .param(
                                "version",
                                String.valueOf(jdbc.sql("select version from kpi where id = ?")
                                        .param(kpi)
                                        .query(Long.class)
                                        .single())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(KPIS + "/{id}/omlaag", kpi)
                        .with(as(jdbc, "manager.rijswijk"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("""
                select a.name || ' | ' || a.target_year || ' | ' || a.position || ' | ' || r.username
                from kpi_aud a join revinfo r on r.rev = a.rev where a.id = ? order by a.rev""").param(kpi).query(String.class).list())
                .containsExactly(
                        original.get("name") + " | 2026 | 5 | brondocument",
                        "Hercontroles zijn uitgevoerd | 2027 | 5 | adviseur.rijswijk",
                        "Hercontroles zijn uitgevoerd | 2027 | 6 | manager.rijswijk");
        assertThat(jdbc.sql("""
                select a.position || ' | ' || r.username from kpi_aud a join revinfo r on r.rev = a.rev
                where a.id = ? order by a.rev desc limit 1""").param(next).query(String.class).single()).isEqualTo("5 | manager.rijswijk");
    }

    @Test
    void aDeletedKpiAndItsMeasurementsStayInTheHistory() throws Exception {
        mvc.perform(post(KPIS + "/nieuw")
                        .with(as(jdbc, "adviseur.rijswijk"))
                        .with(csrf())
                        .param("naam", "Tijdelijke KPI voor de geschiedenis")
                        .param("soort", "NUMERIC"))
                .andExpect(status().is3xxRedirection());
        long added = jdbc.sql("select id from kpi where name = 'Tijdelijke KPI voor de geschiedenis'")
                .query(Long.class)
                .single();
        long measurement = jdbc.sql(
                        "insert into measurement (kpi_id, period, value) values (?, '2026', 3) returning id")
                .param(added)
                .query(Long.class)
                .single();

        mvc.perform(post(KPIS + "/{id}/verwijderen", added)
                        .with(as(jdbc, "adviseur.rijswijk"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("select count(*) from kpi where id = ?")
                        .param(added)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select revtype from kpi_aud where id = ? order by rev")
                        .param(added)
                        .query(Integer.class)
                        .list())
                .containsExactly(0, 2);
        assertThat(jdbc.sql("""
                select a.revtype || ' | ' || r.username from measurement_aud a join revinfo r on r.rev = a.rev where a.id = ?""").param(measurement).query(String.class).list())
                .containsExactly("2 | adviseur.rijswijk");
    }
}
