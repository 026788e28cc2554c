package nl.ivbplanner.database;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The migrations after the first release (V10 on) on a database that users have worked in: they must run, keep what
 * users entered, and keep the history honest (the document's baseline describes the document; a change the migration
 * makes to a row users have edited is a revision of its own). Runs in a schema of its own.
 */
@IvbIntegrationTest
class MigrationsOnAnEditedDatabaseTest {

    private static final String SCHEMA = "edited_since_release";

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void dropSchema() {
        jdbc.sql("drop schema if exists " + SCHEMA + " cascade").update();
    }

    @Test
    void userEditsSurviveAndTheHistoryTellsWhatTheMigrationChanged() {
        flyway("9").migrate();
        JdbcClient db = JdbcClient.create(dataSource);
        String in = SCHEMA + ".";
        // a user, after the release: edits a KPI's unit to '%', and enters the same period twice for a KPI
        long kpi = db.sql("select min(id) from " + in + "kpi where unit = 'rapportcijfer'")
                .query(Long.class)
                .single();
        long rev = db.sql("insert into " + in + "revinfo (rev, revtstmp, username) values (nextval('" + in
                        + "revinfo_seq'), 0, 'adviseur.westland') returning rev")
                .query(Long.class)
                .single();
        db.sql("update " + in + "kpi set unit = '%' where id = ?").param(kpi).update();
        db.sql("insert into " + in
                        + "kpi_aud (id, rev, revtype, name, unit, kind) select id, ?, 1, name, unit, kind from " + in
                        + "kpi where id = ?")
                .params(rev, kpi)
                .update();
        db.sql(
                        "insert into " + in
                                + "measurement (kpi_id, period, year, value) values (?, '2020', 2020, 7.1), (?, '2020', 2020, 7.2)")
                .params(kpi, kpi)
                .update();

        flyway(null).migrate();

        // the later measurement is renamed, none is lost
        assertThat(db.sql("select period from " + in + "measurement where kpi_id = ? and year = 2020 order by id")
                        .param(kpi)
                        .query(String.class)
                        .list())
                .containsExactly("2020", "2020 (2)");
        // the baseline still says what the document printed; the user's '%' now reads as a percentage
        assertThat(db.sql("select unit_kind from " + in + "kpi_aud where id = ? and rev = (select min(rev) from " + in
                                + "revinfo where username = 'brondocument')")
                        .param(kpi)
                        .query(String.class)
                        .single())
                .isEqualTo("GRADE");
        assertThat(db.sql("select unit_kind from " + in + "kpi where id = ?")
                        .param(kpi)
                        .query(String.class)
                        .single())
                .isEqualTo("PERCENTAGE");
        // and the migration's change to the edited KPI is a revision of its own, not the next user's
        assertThat(db.sql("select a.unit_kind from " + in + "kpi_aud a join " + in + "revinfo r on r.rev = a.rev"
                                + " where a.id = ? and r.username = 'migratie'")
                        .param(kpi)
                        .query(String.class)
                        .list())
                .containsExactly("PERCENTAGE");
    }

    private Flyway flyway(String target) {
        var configuration = Flyway.configure()
                .dataSource(dataSource)
                .schemas(SCHEMA)
                .defaultSchema(SCHEMA)
                .locations("classpath:db/migration");
        return (target == null ? configuration : configuration.target(target)).load();
    }
}
