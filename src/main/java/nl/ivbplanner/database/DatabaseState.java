package nl.ivbplanner.database;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The state of the whole database as a version, for keeping what was rendered from it: PostgreSQL's current snapshot
 * ({@code pg_current_snapshot()}: the next transaction id and those still running), read before the data.
 *
 * <p>Every write runs in a transaction with an id; while it runs its id is in the snapshot, and once it is committed
 * (visible) the snapshot reads differently. So what was read before or during a write is kept under a snapshot that
 * no reader sees again afterwards: exact for every edit, whether by this application, another instance, a migration or
 * psql. The price: one statement per read, and a fresh render after any write in the database (sign-ins too), which
 * are rare next to reads. Reading takes no transaction id, so reads keep the snapshot.
 */
@Component
public class DatabaseState {

    private final JdbcClient jdbc;

    DatabaseState(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The version to keep a rendering under: take it before reading the data. Null in a transaction that has written
     * itself, which sees its own writes, which no snapshot shows: such a reader is never served kept renderings and
     * keeps none.
     */
    public String version() {
        return jdbc.sql("""
                select case when pg_current_xact_id_if_assigned() is null then pg_current_snapshot()::text end""").query(String.class).list().get(0);
    }
}
