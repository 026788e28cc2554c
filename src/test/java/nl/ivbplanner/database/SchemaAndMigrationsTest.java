package nl.ivbplanner.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

@IvbIntegrationTest
@Transactional
class SchemaAndMigrationsTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void runsOnRealPostgresqlEighteen() {
        String version = jdbc.sql("show server_version").query(String.class).single();
        assertThat(version).startsWith("18.");
    }

    @Test
    void appliesEveryMigrationSuccessfully() throws Exception {
        long files;
        try (Stream<Path> migrations = Files.list(Path.of("src/main/resources/db/migration"))) {
            files = migrations
                    .filter(p -> p.getFileName().toString().matches("V\\d+__.*\\.sql"))
                    .count();
        }
        long applied = jdbc.sql("select count(*) from flyway_schema_history where success and version is not null")
                .query(Long.class)
                .single();
        assertThat(applied).isEqualTo(files).isGreaterThanOrEqualTo(2);
    }

    @Test
    void seedsTheFourMunicipalitiesOfVeiligheidsregioHaaglanden() {
        assertThat(jdbc.sql(
                                "select cbs_code from municipality where safety_region = 'Veiligheidsregio Haaglanden' order by cbs_code")
                        .query(String.class)
                        .list())
                .containsExactly("GM0603", "GM0629", "GM1783", "GM1916");
    }

    @Test
    void givesWassenaarItsPrintedLegend() {
        assertThat(jdbc.sql("""
                select l.label from status_legend l join municipality m on m.id = l.municipality_id
                where m.slug = 'wassenaar' and l.status = 'YELLOW'""").query(String.class).single()).isEqualTo("Op schema 2026/2027");
    }

    @Test
    void neverPutsUserAccountsInAMigration() throws Exception {
        try (Stream<Path> migrations = Files.list(Path.of("src/main/resources/db/migration"))) {
            assertThat(migrations.filter(p -> {
                        try {
                            return Files.readString(p).toLowerCase().contains("insert into app_user");
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }))
                    .isEmpty();
        }
    }

    @Test
    void refusesAYellowVerdictWithoutResultText() {
        long activity = jdbc.sql("select min(id) from activity where plan_id is not null")
                .query(Long.class)
                .single();
        assertThatThrownBy(() -> jdbc.sql(
                                "insert into evaluation (activity_id, moment, status, result_text) values (?, 'INTERIM', 'YELLOW', '  ')")
                        .param(activity)
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void refusesAnActivityThatBelongsToBothAPlanAndAFramework() {
        assertThatThrownBy(() -> jdbc.sql("""
                insert into activity (plan_id, framework_id, theme_id, position, title)
                select p.id, p.framework_id, t.id, 99, 'Dubbel' from execution_plan p join theme t on t.framework_id = p.framework_id
                limit 1""").update()).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void refusesAnAdoptedPlanWithoutAnAdoptionDate() {
        assertThatThrownBy(() -> jdbc.sql("""
                insert into execution_plan (framework_id, year, title, state)
                select id, 2099, 'Zonder datum', 'VASTGESTELD' from policy_framework limit 1""").update()).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void refusesANonAdministratorWithoutMunicipality() {
        assertThatThrownBy(() -> jdbc.sql("""
                insert into app_user (username, display_name, password_hash, role) values ('zwever', 'Zwever', 'x', 'ADVISOR')""").update()).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void indexesEveryForeignKey() {
        // Each foreign key column must be the leading column of some index, or joins and cascades scan the table.
        var unindexed = jdbc.sql("""
                select c.conrelid::regclass || '.' || a.attname
                from pg_constraint c
                join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
                where c.contype = 'f' and c.connamespace = 'public'::regnamespace
                  and not exists (select 1 from pg_index i where i.indrelid = c.conrelid and i.indkey[0] = c.conkey[1])
                  and c.conrelid::regclass::text not like '%\\_aud'""").query(String.class).list();
        assertThat(unindexed).isEmpty();
    }
}
